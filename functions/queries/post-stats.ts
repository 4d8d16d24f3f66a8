import { sql } from "drizzle-orm";
import type { Database } from "../env";
import { dayStartMs, type Period } from "./period";

export interface PostStats {
  slug: string;
  title: string;
  topics: string[];
  views: number;
  visitors: number;
  engagedReads: number;
  comments: number;
  goals: number;
}

interface PostRow extends Omit<PostStats, "topics"> {
  topics: string | null;
}

/** Every published post (optionally of one topic) with its numbers in the period, most engaged reads first. */
export async function listPostStats(db: Database, period: Period, topicSlug?: string): Promise<PostStats[]> {
  const rows = await db.all<PostRow>(sql`
    WITH page AS (
      SELECT path, sum(views) AS views, sum(visitors) AS visitors, sum(engaged_reads) AS engaged_reads, sum(goals) AS goals
      FROM daily_page_stats WHERE day BETWEEN ${period.from} AND ${period.to} GROUP BY path
    ), talk AS (
      SELECT post_slug, count(*) AS comments FROM comments
      WHERE status = 'approved' AND created_at >= ${dayStartMs(period.from)}
        AND created_at < ${dayStartMs(period.to) + 86_400_000}
      GROUP BY post_slug
    )
    SELECT p.slug, p.title, (SELECT group_concat(topic_name, '|') FROM post_topics WHERE post_slug = p.slug) AS topics,
      coalesce(page.views, 0) AS views, coalesce(page.visitors, 0) AS visitors,
      coalesce(page.engaged_reads, 0) AS engagedReads, coalesce(talk.comments, 0) AS comments,
      coalesce(page.goals, 0) AS goals
    FROM posts p LEFT JOIN page ON page.path = p.path LEFT JOIN talk ON talk.post_slug = p.slug
    WHERE p.pub_date <= ${period.to}
      AND (${topicSlug ?? null} IS NULL OR EXISTS (
        SELECT 1 FROM post_topics WHERE post_slug = p.slug AND topic_slug = ${topicSlug ?? null}))
    ORDER BY engagedReads DESC, views DESC, p.pub_date DESC`);
  return rows.map((row) => ({ ...row, topics: row.topics ? row.topics.split("|") : [] }));
}
