import { sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Database } from "../env";
import {
  dimensionStatsStatement,
  goalStatsStatement,
  outboundStatsStatement,
  pageStatsStatement,
  readingStatsStatement,
  sourceStatsStatement,
} from "./rollup-statements";

/** One statement per roll-up table; each recomputes the day's rows and is safe to rerun. */
function rollUpStatements(day: string) {
  return [
    pageStatsStatement(day),
    sourceStatsStatement(day),
    goalStatsStatement(day),
    outboundStatsStatement(day),
    readingStatsStatement(day),
    dimensionStatsStatement(day),
    sql`
      INSERT INTO daily_site_stats (day, views, visitors)
      SELECT day, count(*), count(DISTINCT visitor_id) FROM pageviews WHERE day = ${day} GROUP BY day
      ON CONFLICT (day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors
      WHERE (views, visitors) IS NOT (excluded.views, excluded.visitors)`,
  ];
}

const dialect = new SQLiteAsyncDialect();

/**
 * Recomputes one day's roll-ups from its raw events. Upserts write only the rows
 * whose numbers changed (`WHERE` in `DO UPDATE`), so a rerun on a quiet day
 * writes nothing. Returns the rows D1 wrote. All statements run in one D1 batch,
 * which D1 runs as one transaction: if one fails, no roll-up table changes, so
 * the dashboard never shows one day's pages and sites disagreeing. The batch goes
 * to the D1 binding itself, because drizzle's batch cannot carry parameterised raw SQL.
 */
export async function rollUpDay(db: Database, day: string): Promise<number> {
  const statements = rollUpStatements(day).map((statement) => {
    const query = dialect.sqlToQuery(statement);
    return db.$client.prepare(query.sql).bind(...query.params);
  });
  const results = await db.$client.batch(statements);
  return results.reduce((rows, result) => rows + result.meta.rows_written, 0);
}
