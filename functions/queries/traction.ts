import { sql } from "drizzle-orm";
import { dayStartMs } from "../../shared/utc-day";
import type { Database } from "../env";
import { compareWithPrevious, scoreTopic, siteRates, type TopicCounts, type Trend } from "../traction/score";
import { type Period, periodEndMs, previousPeriod } from "./period";
import { periodCountsCtes } from "./period-counts";

interface TopicRow extends TopicCounts {
  slug: string;
  name: string;
}

const topicCountsSql = (period: Period) => sql`${periodCountsCtes(period)}
  SELECT pt.topic_slug AS slug, max(pt.topic_name) AS name, count(*) AS posts,
    coalesce(sum(page.views), 0) AS views, coalesce(sum(page.visitors), 0) AS visitors,
    coalesce(sum(page.engaged_reads), 0) AS engagedReads, coalesce(sum(talk.comments), 0) AS comments,
    coalesce(sum(page.goals), 0) AS goals
  FROM post_topics pt JOIN posts p ON p.slug = pt.post_slug
  LEFT JOIN page ON page.path = p.path LEFT JOIN talk ON talk.post_slug = p.slug
  WHERE p.pub_date <= ${period.to}
  GROUP BY pt.topic_slug`;

async function readTopicCounts(db: Database, period: Period): Promise<TopicRow[]> {
  return db.all<TopicRow>(topicCountsSql(period));
}

async function readSiteCounts(db: Database, period: Period): Promise<TopicCounts> {
  const [row] = await db.all<TopicCounts>(sql`
    SELECT (SELECT count(*) FROM posts WHERE pub_date <= ${period.to}) AS posts,
      coalesce(sum(views), 0) AS views, coalesce(sum(visitors), 0) AS visitors,
      coalesce(sum(engaged_reads), 0) AS engagedReads, coalesce(sum(goals), 0) AS goals,
      (SELECT count(*) FROM comments WHERE status = 'approved' AND created_at >= ${dayStartMs(period.from)}
        AND created_at < ${periodEndMs(period)}) AS comments
    FROM daily_page_stats WHERE day BETWEEN ${period.from} AND ${period.to}`);
  return row ?? { posts: 0, views: 0, visitors: 0, engagedReads: 0, comments: 0, goals: 0 };
}

export interface RankedTopic extends TopicRow {
  readThroughRate: number;
  responseRate: number;
  score: number;
  lowSample: boolean;
  trend: Trend | null;
}

/** Topics of the period by traction score, highest first (docs/traction.md). */
export async function rankTopics(db: Database, period: Period): Promise<RankedTopic[]> {
  const [current, previous, site] = await Promise.all([
    readTopicCounts(db, period),
    readTopicCounts(db, previousPeriod(period)),
    readSiteCounts(db, period),
  ]);
  const rates = siteRates(site);
  const before = new Map(previous.map((topic) => [topic.slug, topic.engagedReads]));
  return current
    .map((topic) => ({
      ...topic,
      ...scoreTopic(topic, rates),
      trend: compareWithPrevious(topic.engagedReads, before.get(topic.slug) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || b.engagedReads - a.engagedReads || a.name.localeCompare(b.name));
}
