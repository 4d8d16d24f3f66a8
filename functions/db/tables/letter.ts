import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One row per week's letter (docs/letter.md). The week is the key, so that a second cron run
 * or a retry cannot send it again: a run claims the week by inserting this row first. It holds
 * no address and nothing of a reader, only what happened to the send.
 */
export const letterSends = sqliteTable("letter_sends", {
  /** The ISO week the letter reports on, as YYYY-Www. */
  week: text("week").primaryKey(),
  /** "sending" while a run holds the claim, then "sent" or "failed". */
  outcome: text("outcome", { enum: ["sending", "sent", "failed"] }).notNull(),
  /** Runs that tried to send it: a failed send is tried once more, on the next run. */
  attempts: integer("attempts").notNull(),
  claimedAt: integer("claimed_at").notNull(),
  sentAt: integer("sent_at"),
  messageId: text("message_id"),
  /** Why the last try failed, as the binding said it (never an address). */
  error: text("error"),
});

/** One alert per post and UTC day at most: the key is the claim, as for the letter. */
export const letterAlerts = sqliteTable(
  "letter_alerts",
  {
    postSlug: text("post_slug").notNull(),
    day: text("day").notNull(),
    sentAt: integer("sent_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.postSlug, table.day] })],
);
