import { sql } from "drizzle-orm";
import { dayStartMs } from "../../shared/utc-day";
import type { Database } from "../env";
import { type Page, type Paging, pageSql, toPage } from "./paging";
import { type Period, periodEndMs } from "./period";

export interface CampaignStats {
  campaign: string;
  channel: string;
  source: string;
  /** Posts its readers opened. */
  posts: number;
  views: number;
  visitors: number;
  engagedReads: number;
  goals: number;
  comments: number;
}

/**
 * What each campaign (utm_campaign) did in the period, newsletter issues (e-mail) first:
 * the posts its readers opened, their reading, goals and comments, credited as in
 * docs/traction.md ("Outcomes where they happened").
 */
export async function listCampaigns(db: Database, period: Period, paging: Paging): Promise<Page<CampaignStats>> {
  const rows = await db.all<CampaignStats>(sql`
    WITH reading AS (
      SELECT s.campaign, s.channel, s.source,
        count(DISTINCT CASE WHEN s.views > 0 AND s.path IN (SELECT path FROM posts) THEN s.path END) AS posts,
        sum(s.views) AS views, sum(s.visitors) AS visitors, sum(s.engaged_reads) AS engaged_reads, sum(s.goals) AS goals
      FROM daily_source_stats s
      WHERE s.day BETWEEN ${period.from} AND ${period.to} AND s.campaign != ''
      GROUP BY s.campaign, s.channel, s.source
    ), talk AS (
      SELECT campaign, channel, source, count(*) AS comments FROM comments
      WHERE status = 'approved' AND by_author = 0 AND campaign IS NOT NULL
        AND created_at >= ${dayStartMs(period.from)} AND created_at < ${periodEndMs(period)}
      GROUP BY campaign, channel, source
    ), keys AS (SELECT campaign, channel, source FROM reading UNION SELECT campaign, channel, source FROM talk)
    SELECT keys.campaign, keys.channel, keys.source, coalesce(reading.posts, 0) AS posts,
      coalesce(reading.views, 0) AS views, coalesce(reading.visitors, 0) AS visitors,
      coalesce(reading.engaged_reads, 0) AS engagedReads, coalesce(reading.goals, 0) AS goals,
      coalesce(talk.comments, 0) AS comments
    FROM keys LEFT JOIN reading USING (campaign, channel, source) LEFT JOIN talk USING (campaign, channel, source)
    ORDER BY keys.channel = 'email' DESC, engagedReads DESC, views DESC, keys.campaign, keys.channel, keys.source
    ${pageSql(paging)}`);
  return toPage(rows, paging);
}
