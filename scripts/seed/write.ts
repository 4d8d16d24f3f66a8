/**
 * Writes generated rows into D1. Every statement binds one parameter, a JSON array of
 * rows that SQLite unpacks with json_each, so a statement carries thousands of rows
 * within D1's limits (100 bound parameters and 100 KB of SQL per statement, 2 MB per
 * value). Through getPlatformProxy each statement also costs synchronous round trips to
 * workerd for prepare and bind, which made six-row multi-row INSERTs far too slow.
 */
import { getTableColumns, lt, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { comments, dailyBotHits, goalEvents, outboundClicks, pageviews } from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import type { DayEvents } from "./day-events.ts";

// Half of D1's 2 MB limit on a value, so that multi-byte text never comes near it.
const maxJsonBytes = 1_000_000;

type Statement = Parameters<Database["batch"]>[0][number];

function defaultOf(column: { default?: unknown }): unknown {
  const value = column.default;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
}

/** Each row as a JSON array in the table's column order; a missing value takes the column's default or null. */
function encodeRows(table: SQLiteTable, rows: readonly object[]): string[] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map((row) => {
    const values = new Map<string, unknown>(Object.entries(row));
    return JSON.stringify(columns.map(([key, column]) => values.get(key) ?? defaultOf(column)));
  });
}

function chunkByBytes(encoded: readonly string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const row of encoded) {
    const size = Buffer.byteLength(row) + 1;
    if (current.length > 0 && bytes + size > maxJsonBytes) {
      chunks.push(`[${current.join(",")}]`);
      current = [];
      bytes = 2;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) chunks.push(`[${current.join(",")}]`);
  return chunks;
}

/** The rows of `table` as JSON arrays in its column order, in chunks that each fit one bound parameter. */
export function encodeRowChunks<T extends SQLiteTable>(table: T, rows: readonly T["$inferInsert"][]): string[] {
  return chunkByBytes(encodeRows(table, rows));
}

/** `value ->> i`: the column `key` of `table` in a row of encodeRowChunks, read from json_each. */
export function jsonColumn(table: SQLiteTable, key: string): SQL {
  const index = Object.keys(getTableColumns(table)).indexOf(key);
  if (index < 0) throw new Error(`jsonColumn: no column ${key}`);
  return sql.raw(`value ->> ${index}`);
}

/** `SELECT value ->> 0, … FROM json_each(chunk)`: a chunk's rows with every column of `table`, in order. */
export function selectJsonRows(table: SQLiteTable, chunk: string): SQL {
  const fields = Object.keys(getTableColumns(table)).map((key) => jsonColumn(table, key));
  return sql`SELECT ${sql.join(fields, sql`, `)} FROM json_each(${chunk})`;
}

/** INSERT … SELECT … FROM json_each(?) statements for `rows`, for one db.batch(). */
export function insertRows<T extends SQLiteTable>(
  db: Database,
  table: T,
  rows: readonly T["$inferInsert"][],
): Statement[] {
  return encodeRowChunks(table, rows).map((chunk) => db.insert(table).select(selectJsonRows(table, chunk)));
}

/** One transaction per day: its raw events, its comments and its filtered bot hits. */
export async function writeDayEvents(db: Database, events: DayEvents): Promise<void> {
  const statements: Statement[] = [
    ...insertRows(db, pageviews, events.pageviews),
    ...insertRows(db, goalEvents, events.goals),
    ...insertRows(db, outboundClicks, events.outbound),
    ...insertRows(db, comments, events.comments),
  ];
  if (events.botHits > 0) {
    statements.push(
      db
        .insert(dailyBotHits)
        .values({ day: events.day, hits: events.botHits })
        .onConflictDoUpdate({ target: dailyBotHits.day, set: { hits: sql`${dailyBotHits.hits} + excluded.hits` } }),
    );
  }
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/** What the cron's retention does (functions/analytics/maintenance.ts): raw events before `cutoff` go. */
export async function purgeRawEvents(db: Database, cutoff: string): Promise<void> {
  await db.batch([
    db.delete(pageviews).where(lt(pageviews.day, cutoff)),
    db.delete(goalEvents).where(lt(goalEvents.day, cutoff)),
    db.delete(outboundClicks).where(lt(outboundClicks.day, cutoff)),
  ]);
}
