import { sql } from "drizzle-orm";
import type { Database } from "../env";
import { engagedReadMs, readThroughDepth } from "./engagement";

/**
 * Recomputes one day's roll-ups from its raw events. Upserts write only the rows
 * whose numbers changed (`WHERE` in `DO UPDATE`), so a rerun on a quiet day
 * writes nothing. Returns the rows D1 wrote.
 */
export async function rollUpDay(db: Database, day: string): Promise<number> {
  const results = await db.batch([
    db.run(sql`
      INSERT INTO daily_page_stats (day, path, views, visitors, engaged_reads, read_throughs, engaged_ms, goals, outbound_clicks)
      SELECT v.day, v.path, count(*), count(DISTINCT v.visitor_id),
        sum(v.engaged_ms >= ${engagedReadMs} OR v.scroll_depth >= ${readThroughDepth}),
        sum(v.scroll_depth >= ${readThroughDepth}), sum(v.engaged_ms),
        coalesce((SELECT count(*) FROM goal_events g WHERE g.day = v.day AND g.path = v.path), 0),
        coalesce((SELECT count(*) FROM outbound_clicks o WHERE o.day = v.day AND o.path = v.path), 0)
      FROM pageviews v WHERE v.day = ${day} GROUP BY v.path
      ON CONFLICT (day, path) DO UPDATE SET views = excluded.views, visitors = excluded.visitors,
        engaged_reads = excluded.engaged_reads, read_throughs = excluded.read_throughs,
        engaged_ms = excluded.engaged_ms, goals = excluded.goals, outbound_clicks = excluded.outbound_clicks
      WHERE (views, visitors, engaged_reads, read_throughs, engaged_ms, goals, outbound_clicks)
        IS NOT (excluded.views, excluded.visitors, excluded.engaged_reads, excluded.read_throughs,
          excluded.engaged_ms, excluded.goals, excluded.outbound_clicks)`),
    db.run(sql`
      INSERT INTO daily_source_stats (day, path, channel, source, views, visitors, engaged_reads)
      SELECT day, path, channel, source, count(*), count(DISTINCT visitor_id),
        sum(engaged_ms >= ${engagedReadMs} OR scroll_depth >= ${readThroughDepth})
      FROM pageviews WHERE day = ${day} GROUP BY path, channel, source
      ON CONFLICT (day, path, channel, source) DO UPDATE SET views = excluded.views,
        visitors = excluded.visitors, engaged_reads = excluded.engaged_reads
      WHERE (views, visitors, engaged_reads) IS NOT (excluded.views, excluded.visitors, excluded.engaged_reads)`),
    db.run(sql`
      INSERT INTO daily_goal_stats (day, path, name, conversions)
      SELECT day, path, name, count(*) FROM goal_events WHERE day = ${day} GROUP BY path, name
      ON CONFLICT (day, path, name) DO UPDATE SET conversions = excluded.conversions
      WHERE conversions != excluded.conversions`),
    db.run(sql`
      INSERT INTO daily_dimension_stats (day, dimension, value, views, visitors)
      SELECT day, dimension, value, count(*), count(DISTINCT visitor_id) FROM (
        SELECT day, 'country' AS dimension, coalesce(country, '??') AS value, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'device', device, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'browser', browser, visitor_id FROM pageviews WHERE day = ${day}
        UNION ALL SELECT day, 'campaign', utm_campaign, visitor_id FROM pageviews
          WHERE day = ${day} AND utm_campaign IS NOT NULL
      ) GROUP BY day, dimension, value
      ON CONFLICT (day, dimension, value) DO UPDATE SET views = excluded.views, visitors = excluded.visitors
      WHERE (views, visitors) IS NOT (excluded.views, excluded.visitors)`),
    db.run(sql`
      INSERT INTO daily_site_stats (day, views, visitors)
      SELECT day, count(*), count(DISTINCT visitor_id) FROM pageviews WHERE day = ${day} GROUP BY day
      ON CONFLICT (day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors
      WHERE (views, visitors) IS NOT (excluded.views, excluded.visitors)`),
  ]);
  return results.reduce((rows, result) => rows + result.meta.rows_written, 0);
}
