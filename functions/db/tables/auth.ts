import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Sign-in attempts per hashed client network, for the throttle: failed passwords and
 * failed bearer tokens. An attempt is recorded before the secret is compared and removed
 * again when it was right, so what stays are the failures. Purged by the cron after a day.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey(),
    clientHash: text("client_hash").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("sign_in_failures_client").on(table.clientHash, table.createdAt),
    index("sign_in_failures_created").on(table.createdAt),
  ],
);

/**
 * The random salts of the sign-in throttle's client hashes, one per UTC day. Each is kept
 * until the end of the next day, so that a window running over midnight still counts the
 * failures of the day before; then the cron deletes it. Separate from the analytics' salts,
 * which are deleted right after their day.
 */
export const signInSalts = sqliteTable("sign_in_salts", {
  day: text("day").primaryKey(),
  salt: text("salt").notNull(),
});

/**
 * The author's sessions: a hash of the id in the cookie and when it expires, so that signing
 * out ends a session on the server. No IP address and no User-Agent.
 */
export const authorSessions = sqliteTable("author_sessions", {
  idHash: text("id_hash").primaryKey(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
});
