import { sql } from "drizzle-orm";
import { z } from "zod";
import { addDays, utcDay } from "../../shared/utc-day";
import type { Database } from "../env";
import { type PostPeriod, type RankedTopic, type Ranking, rankTopicsOf } from "../traction/rank";
import { type Period, previousPeriod } from "./period";
import { periodCountsCtes } from "./period-counts";

export type { RankedTopic } from "../traction/rank";

/**
 * The complete UTC days of a period: ranking and trend never compare today, which has only
 * begun, with full days (docs/traction.md). Null when the period has no complete day yet.
 */
export function completeDaysOf(period: Period, now: Date): Period | null {
  const yesterday = addDays(utcDay(now), -1);
  // biome-ignore lint/complexity/useMathMinMax: ISO days compare as text, not as numbers.
  const to = period.to < yesterday ? period.to : yesterday;
  return period.from <= to ? { from: period.from, to } : null;
}

interface PostRow {
  slug: string;
  pubDate: string;
  topics: string;
  views: number;
  visitors: number;
  engagedReads: number;
  readThroughs: number;
  comments: number;
  goals: number;
}

async function readPosts(db: Database, period: Period): Promise<PostRow[]> {
  // Bounded: one row per post of the catalog, at most 10,000 (functions/schemas/catalog.ts); the
  // ranking tests every topic at once, so it needs them all.
  return db.all<PostRow>(sql`${periodCountsCtes(period)}
    SELECT p.slug, p.pub_date AS pubDate,
      (SELECT json_group_array(json_object('slug', topic_slug, 'name', topic_name)) FROM post_topics
        WHERE post_slug = p.slug) AS topics,
      coalesce(page.views, 0) AS views, coalesce(page.visitors, 0) AS visitors,
      coalesce(page.engaged_reads, 0) AS engagedReads, coalesce(page.read_throughs, 0) AS readThroughs,
      coalesce(talk.comments, 0) AS comments, coalesce(page.goals, 0) AS goals
    FROM posts p LEFT JOIN page ON page.path = p.path LEFT JOIN talk ON talk.post_slug = p.slug
    WHERE p.pub_date <= ${period.to}`);
}

/**
 * Each post's engaged reads per day of both periods, one row per post ("day:reads,…"): a
 * post-day per row would cost more to carry from D1 than to compute.
 */
async function readDailyReads(db: Database, from: string, to: string): Promise<Map<string, Map<string, number>>> {
  // Bounded: one row per post of the catalog, as readPosts.
  const rows = await db.all<{ slug: string; days: string }>(sql`
    SELECT p.slug, group_concat(s.day || ':' || s.engaged_reads) AS days
    FROM daily_page_stats s JOIN posts p ON p.path = s.path
    WHERE s.day BETWEEN ${from} AND ${to} AND s.engaged_reads > 0
    GROUP BY p.slug`);
  return new Map(
    rows.map(({ slug, days }) => [
      slug,
      new Map(
        days.split(",").map((entry) => {
          const [day = "", reads = "0"] = entry.split(":");
          return [day, Number(reads)];
        }),
      ),
    ]),
  );
}

const postTopicsJson = z.array(z.object({ slug: z.string(), name: z.string() }));

const noRanking: Ranking = { topics: [], site: { readsPerPostDay: 0, responseRate: 0, score: 0 } };

/** The ranking of the period's complete days, and the site it is measured against (docs/traction.md). */
export async function readTraction(db: Database, period: Period, now: Date): Promise<Ranking> {
  const complete = completeDaysOf(period, now);
  if (!complete) return noRanking;
  const previous = previousPeriod(complete);
  const [rows, dailyReads] = await Promise.all([
    readPosts(db, complete),
    readDailyReads(db, previous.from, complete.to),
  ]);
  const posts: PostPeriod[] = rows.map((row) => ({
    ...row,
    topics: postTopicsJson.parse(JSON.parse(row.topics)),
    dailyReads: dailyReads.get(row.slug) ?? new Map(),
  }));
  return rankTopicsOf({ period: complete, previous, posts });
}

/** Topics of the period's complete days by traction score, highest first. */
export async function rankTopics(db: Database, period: Period, now: Date): Promise<RankedTopic[]> {
  return (await readTraction(db, period, now)).topics;
}
