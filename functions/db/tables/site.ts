import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Site-wide settings changed at run time (as opposed to build-time settings in
 * site.config.ts), e.g. the hash of the last synced post catalog.
 */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
});

/** Published posts and their topics, synced from the build's catalog (src/pages/catalog.json.ts). */
export const posts = sqliteTable("posts", {
  slug: text("slug").primaryKey(),
  path: text("path").notNull().unique(),
  title: text("title").notNull(),
  lang: text("lang").notNull(),
  pubDate: text("pub_date").notNull(),
  /** "closed" when the frontmatter says `comments: closed`; the close-after-days rule is applied on top. */
  comments: text("comments", { enum: ["open", "closed"] })
    .notNull()
    .default("open"),
});

export const postTopics = sqliteTable(
  "post_topics",
  {
    postSlug: text("post_slug")
      .notNull()
      .references(() => posts.slug, { onDelete: "cascade" }),
    topicSlug: text("topic_slug").notNull(),
    topicName: text("topic_name").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.postSlug, table.topicSlug] }),
    index("post_topics_topic").on(table.topicSlug),
  ],
);

/**
 * The path of every page the site has (posts, topics and their pages, standalone pages, home
 * pages, archive, search…), synced from the build's catalog: a path counted by the analytics
 * that is not among them is folded into "(not a page)" by the roll-ups.
 */
export const sitePages = sqliteTable("site_pages", {
  path: text("path").primaryKey(),
});
