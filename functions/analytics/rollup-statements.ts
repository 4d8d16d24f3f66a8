import { type SQL, sql } from "drizzle-orm";
import { engagedReadSql, readThroughSql } from "./engagement";
import { foldedDay } from "./fold-values";
import { bucketSql, depthBuckets, secondsBuckets } from "./reading-buckets";

const engaged = sql.raw(engagedReadSql);
const readThrough = sql.raw(readThroughSql);

/*
 * Every statement reads the day's raw events through `foldedDay` (pv, ge, oc): paths, sources,
 * campaigns, goal names and outbound hosts beyond the day's most frequent are "(other)", and
 * paths that are not pages of the site "(not a page)" (functions/analytics/fold-values.ts).
 */

/**
 * The day's goals and outbound clicks per page and the channel, source and campaign they
 * were credited to when collected (the visit their pageview belongs to).
 */
const actsOfTheDay = sql`
    SELECT path, channel, source, coalesce(campaign, '') AS campaign,
      sum(kind = 'goal') AS goals, sum(kind = 'outbound') AS outbound_clicks
    FROM (
      SELECT path, channel, source, campaign, 'goal' AS kind FROM ge
      UNION ALL SELECT path, channel, source, campaign, 'outbound' FROM oc
    ) WHERE true
    GROUP BY path, channel, source, coalesce(campaign, '')`;

/** Pages, channels, sources and campaigns of one day: views, reading, and what readers did. */
export function sourceStatsStatement(day: string): SQL {
  return sql`
    ${foldedDay(day)}, v AS (
      SELECT path, channel, source, coalesce(utm_campaign, '') AS campaign, count(*) AS views,
        count(DISTINCT visitor_id) AS visitors, sum(${engaged}) AS engaged_reads,
        sum(${readThrough}) AS read_throughs, sum(engaged_ms) AS engaged_ms
      FROM pv GROUP BY path, channel, source, campaign
    ), a AS (${actsOfTheDay}),
    k AS (SELECT path, channel, source, campaign FROM v UNION SELECT path, channel, source, campaign FROM a)
    INSERT INTO daily_source_stats (day, path, channel, source, campaign, views, visitors, engaged_reads,
      read_throughs, engaged_ms, goals, outbound_clicks)
    SELECT ${day}, k.path, k.channel, k.source, k.campaign, coalesce(v.views, 0), coalesce(v.visitors, 0),
      coalesce(v.engaged_reads, 0), coalesce(v.read_throughs, 0), coalesce(v.engaged_ms, 0),
      coalesce(a.goals, 0), coalesce(a.outbound_clicks, 0)
    FROM k LEFT JOIN v USING (path, channel, source, campaign) LEFT JOIN a USING (path, channel, source, campaign)
    WHERE true
    ON CONFLICT (day, path, channel, source, campaign) DO UPDATE SET views = excluded.views,
      visitors = excluded.visitors, engaged_reads = excluded.engaged_reads, read_throughs = excluded.read_throughs,
      engaged_ms = excluded.engaged_ms, goals = excluded.goals, outbound_clicks = excluded.outbound_clicks
    WHERE (views, visitors, engaged_reads, read_throughs, engaged_ms, goals, outbound_clicks)
      IS NOT (excluded.views, excluded.visitors, excluded.engaged_reads, excluded.read_throughs,
        excluded.engaged_ms, excluded.goals, excluded.outbound_clicks)`;
}

/** Goal conversions of one day per page and name, with the channel each was credited to. */
export function goalStatsStatement(day: string): SQL {
  return sql`
    ${foldedDay(day)}
    INSERT INTO daily_goal_stats (day, path, name, channel, source, campaign, conversions)
    SELECT day, path, name, channel, source, coalesce(campaign, ''), count(*) FROM ge
    WHERE true GROUP BY path, name, channel, source, coalesce(campaign, '')
    ON CONFLICT (day, path, name, channel, source, campaign) DO UPDATE SET conversions = excluded.conversions
    WHERE conversions != excluded.conversions`;
}

/** Outbound clicks of one day per page and target host. */
export function outboundStatsStatement(day: string): SQL {
  return sql`
    ${foldedDay(day)}
    INSERT INTO daily_outbound_stats (day, path, target_host, clicks)
    SELECT day, path, target_host, count(*) FROM oc WHERE true GROUP BY path, target_host
    ON CONFLICT (day, path, target_host) DO UPDATE SET clicks = excluded.clicks WHERE clicks != excluded.clicks`;
}

/** One day's pages: views, reading and outcomes, including pages with only a goal that day. */
export function pageStatsStatement(day: string): SQL {
  return sql`
    ${foldedDay(day)}, paths AS (
      SELECT path FROM pv UNION SELECT path FROM ge UNION SELECT path FROM oc
    ), v AS (
      SELECT path, count(*) AS views, count(DISTINCT visitor_id) AS visitors, sum(${engaged}) AS engaged_reads,
        sum(${readThrough}) AS read_throughs, sum(engaged_ms) AS engaged_ms
      FROM pv GROUP BY path
    ), g AS (SELECT path, count(*) AS n FROM ge GROUP BY path),
    o AS (SELECT path, count(*) AS n FROM oc GROUP BY path)
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
        excluded.engaged_ms, excluded.goals, excluded.outbound_clicks)`;
}

/** How long readers were engaged and how far into the article they got, as one day's histogram per page. */
export function readingStatsStatement(day: string): SQL {
  const seconds = sql.raw(bucketSql("engaged_ms / 1000", secondsBuckets));
  const depth = sql.raw(bucketSql("scroll_depth", depthBuckets));
  return sql`
    ${foldedDay(day)}
    INSERT INTO daily_reading_stats (day, path, measure, bucket, views)
    SELECT ${day}, path, measure, bucket, count(*) FROM (
      SELECT path, 'seconds' AS measure, ${seconds} AS bucket FROM pv
      UNION ALL SELECT path, 'depth', ${depth} FROM pv
    ) WHERE true GROUP BY path, measure, bucket
    ON CONFLICT (day, path, measure, bucket) DO UPDATE SET views = excluded.views WHERE views != excluded.views`;
}

/** Countries, devices, browsers and campaigns of one day. */
export function dimensionStatsStatement(day: string): SQL {
  return sql`
    ${foldedDay(day)}
    INSERT INTO daily_dimension_stats (day, dimension, value, views, visitors)
    SELECT ${day}, dimension, value, count(*), count(DISTINCT visitor_id) FROM (
      SELECT 'country' AS dimension, coalesce(country, '??') AS value, visitor_id FROM pv
      UNION ALL SELECT 'device', device, visitor_id FROM pv
      UNION ALL SELECT 'browser', browser, visitor_id FROM pv
      UNION ALL SELECT 'campaign', utm_campaign, visitor_id FROM pv WHERE utm_campaign IS NOT NULL
    ) WHERE true GROUP BY dimension, value
    ON CONFLICT (day, dimension, value) DO UPDATE SET views = excluded.views, visitors = excluded.visitors
    WHERE (views, visitors) IS NOT (excluded.views, excluded.visitors)`;
}
