/**
 * Days the import must not touch. Roll-ups are recomputed from raw events (rollUpDay), and
 * the cron purges raw events after RAW_RETENTION_DAYS while their roll-ups stay: a day whose
 * roll-up counts more views than it has raw pageviews left would, rolled up again, lose what
 * was purged. Its lines are skipped; this also keeps a second import of the same file, after
 * the purge, from counting anything twice.
 */
import { sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Database } from "../../functions/env.ts";

const dialect = new SQLiteAsyncDialect();

export async function findClosedDays(db: Database, days: ReadonlySet<string>): Promise<Set<string>> {
  if (days.size === 0) return new Set();
  const query = dialect.sqlToQuery(sql`
    SELECT s.day FROM daily_site_stats s
    WHERE s.day IN (SELECT value FROM json_each(${JSON.stringify([...days])}))
      AND s.views > (SELECT count(*) FROM pageviews p WHERE p.day = s.day)`);
  const { results } = await db.$client
    .prepare(query.sql)
    .bind(...query.params)
    .all<{ day: string }>();
  return new Set(results.map((row) => row.day));
}
