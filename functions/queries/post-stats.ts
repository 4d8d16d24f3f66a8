import { sql } from "drizzle-orm";
import type { Database } from "../env";
import { type Page, type Paging, pageSql, toPage } from "./paging";
import type { Period } from "./period";
import { periodCountsCtes } from "./period-counts";

export interface PostStats {
  slug: string;
  title: string;
  topics: string[];
  views: number;
  visitors: number;
  engagedReads: number;
  /** Views that read the article through (docs/traction.md). */
  readThroughs: number;
  comments: number;
  goals: number;
}

interface PostRow extends Omit<PostStats, "topics"> {
  topics: string | null;
}

/** Every published post (optionally of one topic) with its numbers in the period, most engaged reads first. */
export async function listPostStats(
  db: Database,
  period: Period,
  paging: Paging,
  topicSlug?: string,
): Promise<Page<PostStats>> {
  const rows = await db.all<PostRow>(sql`${periodCountsCtes(period)}
    SELECT p.slug, p.title, (SELECT group_concat(topic_name, '|') FROM post_topics WHERE post_slug = p.slug) AS topics,
      coalesce(page.views, 0) AS views, coalesce(page.visitors, 0) AS visitors,
      coalesce(page.engaged_reads, 0) AS engagedReads, coalesce(page.read_throughs, 0) AS readThroughs,
      coalesce(talk.comments, 0) AS comments,
      coalesce(page.goals, 0) AS goals
    FROM posts p LEFT JOIN page ON page.path = p.path LEFT JOIN talk ON talk.post_slug = p.slug
    WHERE p.pub_date <= ${period.to}
      AND (${topicSlug ?? null} IS NULL OR EXISTS (
        SELECT 1 FROM post_topics WHERE post_slug = p.slug AND topic_slug = ${topicSlug ?? null}))
    ORDER BY engagedReads DESC, views DESC, p.pub_date DESC, p.slug
    ${pageSql(paging)}`);
  const page = toPage(rows, paging);
  return {
    rows: page.rows.map((row) => ({ ...row, topics: row.topics ? row.topics.split("|") : [] })),
    nextPage: page.nextPage,
  };
}
