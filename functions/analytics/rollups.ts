import { sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Database } from "../env";
import { engagedReadMs, readThroughDepth } from "./engagement";

const engaged = sql.raw(`(engaged_ms >= ${engagedReadMs} OR scroll_depth >= ${readThroughDepth})`);
const readThrough = sql.raw(`(scroll_depth >= ${readThroughDepth})`);

/** One statement per roll-up table; each recomputes the day's rows and is safe to rerun. */
function rollUpStatements(day: string) {
  return [
    // Pages with goals or outbound clicks but no view that day (a page opened before midnight) count too.
    sql`
      WITH paths AS (
        SELECT path FROM pageviews WHERE day = ${day}
        UNION SELECT path FROM goal_events WHERE day = ${day}
        UNION SELECT path FROM outbound_clicks WHERE day = ${day}
      ), v AS (
        SELECT path, count(*) AS views, count(DISTINCT visitor_id) AS visitors, sum(${engaged}) AS engaged_reads,
          sum(${readThrough}) AS read_throughs, sum(engaged_ms) AS engaged_ms
        FROM pageviews WHERE day = ${day} GROUP BY path
      ), g AS (SELECT path, count(*) AS n FROM goal_events WHERE day = ${day} GROUP BY path),
      o AS (SELECT path, count(*) AS n FROM outbound_clicks WHERE day = ${day} GROUP BY path)
      INSERT INTO daily_page_stats (day, path, views, visitors, engaged_reads, read_throughs, engaged_ms, goals, outbound_clicks)
      SELECT ${day}, paths.path, coalesce(v.views, 0), coalesce(v.visitors, 0), coalesce(v.engaged_reads, 0),
        coalesce(v.read_throughs, 0), coalesce(v.engaged_ms, 0), coalesce(g.n, 0), coalesce(o.n, 0)
      FROM paths LEFT JOIN v ON v.path = paths.path LEFT JOIN g ON g.path = paths.path LEFT JOIN o ON o.path = paths.path
      WHERE true
      ON CONFLICT (day, path) DO UPDATE SET views = excluded.views, visitors = excluded.visitors,
        engaged_reads = excluded.engaged_reads, read_throughs = excluded.read_throughs,
        engaged_ms = excluded.engaged_ms, goals = excluded.goals, outbound_clicks = excluded.outbound_clicks
      WHERE (views, visitors, engaged_reads, read_throughs, engaged_ms, goals, outbound_clicks)
        IS NOT (excluded.views, excluded.visitors, excluded.engaged_reads, excluded.read_throughs,
          excluded.engaged_ms, excluded.goals, excluded.outbound_clicks)`,
    sql`
      INSERT INTO daily_source_stats (day, path, channel, source, views, visitors, engaged_reads)
      SELECT day, path, channel, source, count(*), count(DISTINCT visitor_id), sum(${engaged})
      FROM pageviews WHERE day = ${day} GROUP BY path, channel, source
      ON CONFLICT (day, path, channel, source) DO UPDATE SET views = excluded.views,
        visitors = excluded.visitors, engaged_reads = excluded.engaged_reads
      WHERE (views, visitors, engaged_reads) IS NOT (excluded.views, excluded.visitors, excluded.engaged_reads)`,
    sql`
      INSERT INTO daily_goal_stats (day, path, name, conversions)
      SELECT day, path, name, count(*) FROM goal_events WHERE day = ${day} GROUP BY path, name
      ON CONFLICT (day, path, name) DO UPDATE SET conversions = excluded.conversions
      WHERE conversions != excluded.conversions`,
    sql`
      INSERT INTO daily_dimension_stats (day, dimension, value, views, visitors)
      SELECT day, dimension, value, count(*), count(DISTINCT visitor_id) FROM (
        SELECT day, 'country' AS dimension, coalesce(country, '??') AS value, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'device', device, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'browser', browser, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'campaign', utm_campaign, visitor_id FROM pageviews
          WHERE day = ${day} AND utm_campaign IS NOT NULL
      ) WHERE true GROUP BY day, dimension, value
      ON CONFLICT (day, dimension, value) DO UPDATE SET views = excluded.views, visitors = excluded.visitors
      WHERE (views, visitors) IS NOT (excluded.views, excluded.visitors)`,
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
