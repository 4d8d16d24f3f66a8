/**
 * The import's writes, in the seeder's form: each statement binds one chunk of rows as JSON
 * (scripts/seed/write.ts), so that a remote D1 gets few, large requests. Each statement is
 * idempotent on the key the collector uses, and returns how many rows it added.
 */
import { type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { comments, goalEvents, outboundClicks, pageviews } from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import { encodeRowChunks, jsonColumn, selectJsonRows } from "../seed/write.ts";
import type { CommentRow } from "./comment-rows.ts";
import type { EngagementUpdate, GoalRow, OutboundRow } from "./event-rows.ts";
import type { PageviewRow } from "./pageview-rows.ts";

const dialect = new SQLiteAsyncDialect();
// A D1 batch is one request and one transaction; this keeps each request to a few MB.
const statementsPerBatch = 4;

interface Query {
  sql: string;
  params: unknown[];
}

/** Runs the statements a few at a time and returns the rows they changed. */
async function runAll(db: Database, queries: readonly Query[]): Promise<number> {
  let changes = 0;
  for (let start = 0; start < queries.length; start += statementsPerBatch) {
    const batch = queries
      .slice(start, start + statementsPerBatch)
      .map((query) => db.$client.prepare(query.sql).bind(...query.params));
    const results = await db.$client.batch(batch);
    changes += results.reduce((sum, result) => sum + result.meta.changes, 0);
  }
  return changes;
}

/**
 * INSERT … SELECT … FROM json_each(?) that leaves out rows whose unique key is taken.
 * `WHERE true` tells SQLite that ON CONFLICT belongs to the INSERT, not to a join.
 */
function insertIgnoringTaken<T extends SQLiteTable>(db: Database, table: T, rows: readonly T["$inferInsert"][]) {
  return encodeRowChunks(table, rows).map((chunk) =>
    db
      .insert(table)
      .select(sql`${selectJsonRows(table, chunk)} WHERE true`)
      .onConflictDoNothing()
      .toSQL(),
  );
}

export function insertPageviews(db: Database, rows: readonly PageviewRow[]): Promise<number> {
  return runAll(db, insertIgnoringTaken(db, pageviews, rows));
}

export function insertGoals(db: Database, rows: readonly GoalRow[]): Promise<number> {
  return runAll(db, insertIgnoringTaken(db, goalEvents, rows));
}

export function insertOutboundClicks(db: Database, rows: readonly OutboundRow[]): Promise<number> {
  return runAll(db, insertIgnoringTaken(db, outboundClicks, rows));
}

/** Raises each pageview's engaged time and scroll depth, never lowers them: rerunning changes nothing. */
export function raiseEngagement(db: Database, updates: readonly EngagementUpdate[]): Promise<number> {
  const queries: Query[] = [];
  for (let start = 0; start < updates.length; start += 10_000) {
    const json = JSON.stringify(
      updates
        .slice(start, start + 10_000)
        .map((update) => [update.day, update.pageId, update.engagedMs, update.scrollDepth]),
    );
    const statement: SQL = sql`
      UPDATE pageviews SET engaged_ms = max(pageviews.engaged_ms, e.value ->> 2),
        scroll_depth = max(pageviews.scroll_depth, e.value ->> 3)
      FROM json_each(${json}) e
      WHERE pageviews.day = e.value ->> 0 AND pageviews.page_id = e.value ->> 1`;
    queries.push(dialect.sqlToQuery(statement));
  }
  return runAll(db, queries);
}

/** Inserts the comments that D1 does not hold yet: the same post, time, name and text is the same comment. */
export function insertComments(db: Database, rows: readonly CommentRow[]): Promise<number> {
  const column = (key: string) => jsonColumn(comments, key);
  const queries = encodeRowChunks(comments, rows).map((chunk) =>
    db
      .insert(comments)
      .select(
        sql`${selectJsonRows(comments, chunk)} WHERE NOT EXISTS (
          SELECT 1 FROM comments c WHERE c.post_slug = ${column("postSlug")} AND c.created_at = ${column("createdAt")}
            AND c.name = ${column("name")} AND c.text = ${column("text")})`,
      )
      .toSQL(),
  );
  return runAll(db, queries);
}
