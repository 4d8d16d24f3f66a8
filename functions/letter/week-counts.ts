import { sql } from "drizzle-orm";
import { dayStartMs } from "../../shared/utc-day";
import type { Database } from "../env";
import { type Period, periodEndMs } from "../queries/period";

export interface WeekCounts {
  engagedReads: number;
  /** Visitors per day, summed (docs/traction.md: without cookies a visitor is counted per day). */
  visitors: number;
  /** Readers' approved comments and goals reached: what the dashboard counts as responses. */
  responses: number;
}

/** The week in one line: engaged reads, visitors and responses of a period. */
export async function readWeekCounts(db: Database, period: Period): Promise<WeekCounts> {
  const [row] = await db.all<WeekCounts>(sql`
    SELECT
      (SELECT coalesce(sum(engaged_reads), 0) FROM daily_page_stats WHERE day BETWEEN ${period.from} AND ${period.to})
        AS engagedReads,
      (SELECT coalesce(sum(visitors), 0) FROM daily_site_stats WHERE day BETWEEN ${period.from} AND ${period.to})
        AS visitors,
      (SELECT count(*) FROM comments WHERE status = 'approved' AND by_author = 0
        AND created_at >= ${dayStartMs(period.from)} AND created_at < ${periodEndMs(period)})
      + (SELECT coalesce(sum(goals), 0) FROM daily_page_stats WHERE day BETWEEN ${period.from} AND ${period.to})
        AS responses`);
  return row ?? { engagedReads: 0, visitors: 0, responses: 0 };
}
