import { and, count, eq, getTableColumns, getTableName, gte, min, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { secondsUntilWindowFrees } from "../sliding-window";

export const commentLimit = { count: 5, windowMs: 10 * 60 * 1000 };

/** The columns a reader's comment is stored with; the rest keep their defaults. */
export type CommentRow = Pick<
  typeof comments.$inferSelect,
  | "postSlug"
  | "parentId"
  | "name"
  | "website"
  | "text"
  | "status"
  | "spamReason"
  | "createdAt"
  | "approvedAt"
  | "deleteTokenHash"
  | "deleteTokenExpiresAt"
  | "channel"
  | "source"
  | "campaign"
> & { clientHash: string };

const insertedRow = z.object({ id: z.number().int().positive() }).optional();

/** The row's columns and values, named by the drizzle table, so that the SQL below restates no column. */
function columnsAndValues(row: CommentRow): { names: SQL; values: SQL } {
  const columns: Record<string, AnySQLiteColumn> = getTableColumns(comments);
  const pairs = Object.entries(row).flatMap(([key, value]) => {
    const column = columns[key];
    return column ? [{ column, value }] : [];
  });
  return {
    names: sql.join(
      pairs.map(({ column }) => sql.identifier(column.name)),
      sql`, `,
    ),
    values: sql.join(
      pairs.map(({ column, value }) => sql.param(value, column)),
      sql`, `,
    ),
  };
}

/**
 * Stores `row` unless its client already has `commentLimit.count` comments in the
 * window, and returns the new id, or undefined when the limit refused it. Check and
 * insert are one statement: D1 runs one statement at a time, so two submissions can
 * never both count four and both insert, as a read followed by an insert would allow.
 */
export async function insertWithinLimit(db: Database, row: CommentRow): Promise<number | undefined> {
  const since = row.createdAt - commentLimit.windowMs;
  const { names, values } = columnsAndValues(row);
  // The table's own name, unquoted, as the log shows it (a name from the schema, never from input).
  const table = sql.raw(getTableName(comments));
  const stored = await db.get(sql`
    INSERT INTO ${table} (${names})
    SELECT ${values}
    WHERE (SELECT count(*) FROM ${comments} WHERE ${comments.clientHash} = ${row.clientHash}
      AND ${comments.createdAt} >= ${since}) < ${commentLimit.count}
    RETURNING ${sql.identifier(comments.id.name)}`);
  return insertedRow.parse(stored)?.id;
}

/** Seconds until this client may comment again, or 0 when it may now. */
export async function secondsUntilAllowed(db: Database, clientHash: string, now: Date): Promise<number> {
  const since = now.getTime() - commentLimit.windowMs;
  const [row] = await db
    .select({ recent: count(), oldest: min(comments.createdAt) })
    .from(comments)
    .where(and(eq(comments.clientHash, clientHash), gte(comments.createdAt, since)));
  return secondsUntilWindowFrees(row, commentLimit.count, commentLimit.windowMs, now);
}
