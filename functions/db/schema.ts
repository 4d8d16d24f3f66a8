import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Site-wide settings the author changes at run time (from the dashboard), as
 * opposed to build-time settings in src/site.config.ts.
 */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
});
