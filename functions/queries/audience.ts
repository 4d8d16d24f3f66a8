import { type SQL, sql } from "drizzle-orm";
import { addDays, dayStartMs, utcDay } from "../../shared/utc-day";
import type { Database } from "../env";
import { type Page, type Paging, pageSql, toPage } from "./paging";
import { maxPeriodDays, type Period, periodEndMs } from "./period";

export interface SourceStats {
  channel: string;
  source: string;
  views: number;
  visitors: number;
  engagedReads: number;
  /** Goal conversions on pageviews from this source. */
  goals: number;
  /** Approved reader comments written on pageviews from this source (the author's replies left out). */
  comments: number;
}

/** The paths of one topic's posts, or of every post: the population the dashboard counts (docs/traction.md). */
function postPaths(topicSlug: string | undefined): SQL {
  return sql`SELECT p.path FROM posts p
    WHERE ${topicSlug ?? null} IS NULL OR p.slug IN (SELECT post_slug FROM post_topics WHERE topic_slug = ${topicSlug ?? null})`;
}

/**
 * Channels and sources of the period (internal navigation left out: it is not a source),
 * with what their readers did. Comments written without JavaScript carry no channel and
 * appear as channel "none".
 */
export async function listSourceStats(
  db: Database,
  period: Period,
  paging: Paging,
  topicSlug?: string,
): Promise<Page<SourceStats>> {
  const rows = await db.all<SourceStats>(sql`
    WITH reading AS (
      SELECT s.channel, s.source, sum(s.views) AS views, sum(s.visitors) AS visitors,
        sum(s.engaged_reads) AS engaged_reads, sum(s.goals) AS goals
      FROM daily_source_stats s
      WHERE s.day BETWEEN ${period.from} AND ${period.to} AND s.channel != 'internal' AND s.path IN (${postPaths(topicSlug)})
      GROUP BY s.channel, s.source
    ), talk AS (
      SELECT coalesce(c.channel, 'none') AS channel, coalesce(c.source, 'none') AS source, count(*) AS comments
      FROM comments c JOIN posts p ON p.slug = c.post_slug
      WHERE c.status = 'approved' AND c.by_author = 0 AND c.created_at >= ${dayStartMs(period.from)}
        AND c.created_at < ${periodEndMs(period)} AND p.path IN (${postPaths(topicSlug)})
      GROUP BY 1, 2
    ), keys AS (SELECT channel, source FROM reading UNION SELECT channel, source FROM talk WHERE channel != 'internal')
    SELECT keys.channel, keys.source, coalesce(reading.views, 0) AS views, coalesce(reading.visitors, 0) AS visitors,
      coalesce(reading.engaged_reads, 0) AS engagedReads, coalesce(reading.goals, 0) AS goals,
      coalesce(talk.comments, 0) AS comments
    FROM keys LEFT JOIN reading USING (channel, source) LEFT JOIN talk USING (channel, source)
    ORDER BY views DESC, engagedReads DESC, keys.source, keys.channel
    ${pageSql(paging)}`);
  return toPage(rows, paging);
}

export interface TopicChannelCell {
  topic: string;
  channel: string;
  views: number;
  engagedReads: number;
  goals: number;
  comments: number;
}

/**
 * Which platform works for which topic: views, engaged reads, goals and comments per topic
 * and channel, over posts (a post counts in each of its topics). Comments written without
 * JavaScript have no channel and are left out here.
 */
export function topicChannelMatrix(db: Database, period: Period): Promise<TopicChannelCell[]> {
  return db.all<TopicChannelCell>(sql`
    WITH by_path AS (
      -- Summed per page and channel first: a few hundred rows to join with the topics, not one per day.
      SELECT path, channel, sum(views) AS views, sum(engaged_reads) AS engaged_reads, sum(goals) AS goals
      FROM daily_source_stats WHERE day BETWEEN ${period.from} AND ${period.to} AND channel != 'internal'
      GROUP BY path, channel
    ), reading AS (
      SELECT pt.topic_slug AS topic, s.channel, sum(s.views) AS views, sum(s.engaged_reads) AS engaged_reads,
        sum(s.goals) AS goals
      FROM by_path s JOIN posts p ON p.path = s.path JOIN post_topics pt ON pt.post_slug = p.slug
      GROUP BY pt.topic_slug, s.channel
    ), talk AS (
      SELECT pt.topic_slug AS topic, c.channel, count(*) AS comments
      FROM comments c JOIN post_topics pt ON pt.post_slug = c.post_slug
      WHERE c.status = 'approved' AND c.by_author = 0 AND c.channel IS NOT NULL AND c.channel != 'internal'
        AND c.created_at >= ${dayStartMs(period.from)} AND c.created_at < ${periodEndMs(period)}
      GROUP BY pt.topic_slug, c.channel
    ), keys AS (SELECT topic, channel FROM reading UNION SELECT topic, channel FROM talk)
    SELECT keys.topic, keys.channel, coalesce(reading.views, 0) AS views,
      coalesce(reading.engaged_reads, 0) AS engagedReads, coalesce(reading.goals, 0) AS goals,
      coalesce(talk.comments, 0) AS comments
    FROM keys LEFT JOIN reading USING (topic, channel) LEFT JOIN talk USING (topic, channel)
    ORDER BY keys.topic, views DESC
    LIMIT 2000`);
}

export interface DailyOverview {
  day: string;
  views: number;
  visitors: number;
  engagedReads: number;
  comments: number;
}

export function dailyOverview(db: Database, period: Period): Promise<DailyOverview[]> {
  return db.all<DailyOverview>(sql`
    SELECT site.day, site.views, site.visitors,
      coalesce((SELECT sum(engaged_reads) FROM daily_page_stats WHERE day = site.day), 0) AS engagedReads,
      (SELECT count(*) FROM comments WHERE status = 'approved'
        AND created_at >= unixepoch(site.day) * 1000 AND created_at < unixepoch(site.day, '+1 day') * 1000) AS comments
    FROM daily_site_stats site WHERE site.day BETWEEN ${period.from} AND ${period.to} ORDER BY site.day
    LIMIT ${maxPeriodDays}`);
}

export interface DimensionStats {
  dimension: string;
  value: string;
  views: number;
  visitors: number;
}

/** Every dimension's values of the period, page by page: the export. */
export async function listDimensionStats(db: Database, period: Period, paging: Paging): Promise<Page<DimensionStats>> {
  const rows = await db.all<DimensionStats>(sql`
    SELECT dimension, value, sum(views) AS views, sum(visitors) AS visitors FROM daily_dimension_stats
    WHERE day BETWEEN ${period.from} AND ${period.to} GROUP BY dimension, value ORDER BY dimension, views DESC, value
    ${pageSql(paging)}`);
  return toPage(rows, paging);
}

/**
 * The `perDimension` values of each dimension with the most views, for the dashboard's tables:
 * a flood of campaigns cannot push the countries out.
 */
export function listTopDimensionValues(db: Database, period: Period, perDimension: number): Promise<DimensionStats[]> {
  return db.all<DimensionStats>(sql`
    SELECT dimension, value, views, visitors FROM (
      SELECT dimension, value, sum(views) AS views, sum(visitors) AS visitors,
        row_number() OVER (PARTITION BY dimension ORDER BY sum(views) DESC, value) AS rank
      FROM daily_dimension_stats WHERE day BETWEEN ${period.from} AND ${period.to} GROUP BY dimension, value
    ) WHERE rank <= ${perDimension} ORDER BY dimension, views DESC, value
    LIMIT ${4 * perDimension}`);
}

export async function countBotHits(db: Database, period: Period): Promise<number> {
  // Bounded: one row, a sum.
  const [row] = await db.all<{ hits: number }>(sql`
    SELECT coalesce(sum(hits), 0) AS hits FROM daily_bot_hits WHERE day BETWEEN ${period.from} AND ${period.to}`);
  return row?.hits ?? 0;
}

/** Distinct visitors of the last 30 minutes, from raw pageviews (ids of one day; a reader across midnight counts twice). */
export async function countRecentVisitors(db: Database, now: Date): Promise<number> {
  const today = utcDay(now);
  // Bounded: one row, a count. Raw pageviews are read only here, and only counted.
  const [row] = await db.all<{ visitors: number }>(sql`
    SELECT count(DISTINCT visitor_id) AS visitors FROM pageviews
    WHERE day IN (${today}, ${addDays(today, -1)}) AND created_at >= ${now.getTime() - 30 * 60 * 1000}`);
  return row?.visitors ?? 0;
}

export interface TodaySoFar {
  views: number;
  engagedReads: number;
}

/** Today's numbers so far, shown apart and never compared with complete days. */
export async function readTodaySoFar(db: Database, now: Date): Promise<TodaySoFar> {
  const today = utcDay(now);
  // Bounded: one row, sums over today's roll-ups (never the raw events).
  const [row] = await db.all<TodaySoFar>(sql`
    SELECT coalesce(sum(views), 0) AS views, coalesce(sum(engaged_reads), 0) AS engagedReads
    FROM daily_page_stats WHERE day = ${today}`);
  return row ?? { views: 0, engagedReads: 0 };
}
