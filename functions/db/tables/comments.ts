import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Reader comments. No email address, no IP address: `client_hash` is the salted
 * daily hash used for the rate limit, cleared by the cron after a day.
 */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey(),
    postSlug: text("post_slug").notNull(),
    parentId: integer("parent_id"),
    name: text("name").notNull(),
    website: text("website"),
    text: text("text").notNull(),
    status: text("status", { enum: ["pending", "approved", "spam"] }).notNull(),
    /** Why a comment went to the spam queue (honeypot, too fast, links, blocked word), for the author. */
    spamReason: text("spam_reason"),
    byAuthor: integer("by_author", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    approvedAt: integer("approved_at"),
    clientHash: text("client_hash"),
    /** SHA-256 of the reader's private deletion token; the token itself is never stored. */
    deleteTokenHash: text("delete_token_hash"),
    deleteTokenExpiresAt: integer("delete_token_expires_at"),
    /**
     * The channel, source and campaign of the pageview the comment was written on (found by
     * the tracker's random pageId, which the form sends along and which is not stored),
     * copied at submit time so that the attribution outlives the raw pageviews. Null for
     * comments sent without JavaScript.
     */
    channel: text("channel"),
    source: text("source"),
    campaign: text("campaign"),
    /**
     * Where an imported comment came from ("wordpress:<comment id>"), so that importing the
     * same export again stores nothing twice. Null for comments written here.
     */
    importKey: text("import_key"),
    /**
     * The reply this reply answers, when that is not the thread's first comment: threads are
     * one level deep here, so a deeper WordPress reply joins its thread and keeps whom it answered.
     */
    answersId: integer("answers_id"),
  },
  (table) => [
    index("comments_post_status").on(table.postSlug, table.status, table.createdAt),
    index("comments_status").on(table.status, table.createdAt),
    index("comments_client").on(table.clientHash, table.createdAt),
    uniqueIndex("comments_import_key").on(table.importKey),
  ],
);
