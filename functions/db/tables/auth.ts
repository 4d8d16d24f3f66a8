import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Failed author sign-ins per hashed client, for the throttle; purged by the cron. */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey(),
    clientHash: text("client_hash").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("sign_in_failures_client").on(table.clientHash, table.createdAt)],
);
