import { sql } from "drizzle-orm";
import { dayStartMs } from "../../shared/utc-day";
import {
  type Bucket,
  depthBuckets,
  histogramMedian,
  secondsBuckets,
  shareReaching,
} from "../analytics/reading-buckets";
import type { Database } from "../env";
import { maxPeriodDays, type Period, periodEndMs } from "./period";

/** One post's report (docs/traction.md, "A page per post"): its days, channels, reading and outcomes. */
export interface PostDay {
  day: string;
  views: number;
  visitors: number;
  engagedReads: number;
  goals: number;
  comments: number;
}

export interface PostChannel {
  channel: string;
  source: string;
  campaign: string;
  views: number;
  engagedReads: number;
  readThroughs: number;
  goals: number;
  comments: number;
}

export interface PostReading {
  views: number;
  /** Median engaged seconds per view; null without views. */
  medianEngagedSeconds: number | null;
  /** Shares of views that got at least 25, 50, 75 and 100 % into the article. */
  reached: { depth: number; share: number }[];
}

export interface PostReport {
  days: PostDay[];
  channels: PostChannel[];
  reading: PostReading;
  outbound: { host: string; clicks: number }[];
  goals: { name: string; conversions: number }[];
}

function readDays(db: Database, path: string, slug: string, period: Period) {
  return db.all<PostDay>(sql`
    SELECT s.day, s.views, s.visitors, s.engaged_reads AS engagedReads, s.goals,
      (SELECT count(*) FROM comments c WHERE c.post_slug = ${slug} AND c.status = 'approved' AND c.by_author = 0
        AND c.created_at >= unixepoch(s.day) * 1000 AND c.created_at < unixepoch(s.day, '+1 day') * 1000) AS comments
    FROM daily_page_stats s WHERE s.path = ${path} AND s.day BETWEEN ${period.from} AND ${period.to}
    ORDER BY s.day LIMIT ${maxPeriodDays}`);
}

function readChannels(db: Database, path: string, slug: string, period: Period) {
  return db.all<PostChannel>(sql`
    WITH reading AS (
      SELECT channel, source, campaign, sum(views) AS views, sum(engaged_reads) AS engaged_reads,
        sum(read_throughs) AS read_throughs, sum(goals) AS goals
      FROM daily_source_stats WHERE path = ${path} AND day BETWEEN ${period.from} AND ${period.to}
      GROUP BY channel, source, campaign
    ), talk AS (
      SELECT coalesce(channel, 'none') AS channel, coalesce(source, 'none') AS source, coalesce(campaign, '') AS campaign,
        count(*) AS comments
      FROM comments WHERE post_slug = ${slug} AND status = 'approved' AND by_author = 0
        AND created_at >= ${dayStartMs(period.from)} AND created_at < ${periodEndMs(period)}
      GROUP BY 1, 2, 3
    ), keys AS (SELECT channel, source, campaign FROM reading UNION SELECT channel, source, campaign FROM talk)
    SELECT keys.channel, keys.source, keys.campaign, coalesce(reading.views, 0) AS views,
      coalesce(reading.engaged_reads, 0) AS engagedReads, coalesce(reading.read_throughs, 0) AS readThroughs,
      coalesce(reading.goals, 0) AS goals, coalesce(talk.comments, 0) AS comments
    FROM keys LEFT JOIN reading USING (channel, source, campaign) LEFT JOIN talk USING (channel, source, campaign)
    ORDER BY views DESC, engagedReads DESC LIMIT 500`);
}

async function readReading(db: Database, path: string, period: Period): Promise<PostReading> {
  const rows = await db.all<Bucket & { measure: "seconds" | "depth" }>(sql`
    SELECT measure, bucket, sum(views) AS views FROM daily_reading_stats
    WHERE path = ${path} AND day BETWEEN ${period.from} AND ${period.to} GROUP BY measure, bucket
    LIMIT ${secondsBuckets.length + depthBuckets.length}`);
  const seconds = rows.filter((row) => row.measure === "seconds");
  const depth = rows.filter((row) => row.measure === "depth");
  return {
    views: seconds.reduce((sum, row) => sum + row.views, 0),
    medianEngagedSeconds: histogramMedian(seconds, secondsBuckets),
    reached: [25, 50, 75, 100].map((reach) => ({
      depth: reach,
      share: shareReaching(depth, reach),
    })),
  };
}

export async function readPostReport(
  db: Database,
  post: { slug: string; path: string },
  period: Period,
): Promise<PostReport> {
  const { slug, path } = post;
  const [days, channels, reading, outbound, goals] = await Promise.all([
    readDays(db, path, slug, period),
    readChannels(db, path, slug, period),
    readReading(db, path, period),
    db.all<{ host: string; clicks: number }>(sql`
      SELECT target_host AS host, sum(clicks) AS clicks FROM daily_outbound_stats
      WHERE path = ${path} AND day BETWEEN ${period.from} AND ${period.to}
      GROUP BY target_host ORDER BY clicks DESC, host LIMIT 200`),
    db.all<{ name: string; conversions: number }>(sql`
      SELECT name, sum(conversions) AS conversions FROM daily_goal_stats
      WHERE path = ${path} AND day BETWEEN ${period.from} AND ${period.to}
      GROUP BY name ORDER BY conversions DESC, name LIMIT 200`),
  ]);
  return { days, channels, reading, outbound, goals };
}
