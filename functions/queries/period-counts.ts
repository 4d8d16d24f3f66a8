import { type SQL, sql } from "drizzle-orm";
import { dayStartMs } from "../../shared/utc-day";
import { type Period, periodEndMs } from "./period";

/**
 * The per-post numbers of a period, shared by the post table and the topic ranking so
 * that both count alike: `page` sums the page roll-ups per path, `talk` counts the
 * approved comments per post slug by the time they were written. The author's own
 * replies are not responses: they are left out.
 */
export function periodCountsCtes(period: Period): SQL {
  return sql`
    WITH page AS (
      SELECT path, sum(views) AS views, sum(visitors) AS visitors, sum(engaged_reads) AS engaged_reads,
        sum(read_throughs) AS read_throughs, sum(goals) AS goals
      FROM daily_page_stats WHERE day BETWEEN ${period.from} AND ${period.to} GROUP BY path
    ), talk AS (
      SELECT post_slug, count(*) AS comments FROM comments
      WHERE status = 'approved' AND by_author = 0 AND created_at >= ${dayStartMs(period.from)} AND created_at < ${periodEndMs(period)}
      GROUP BY post_slug
    )`;
}
