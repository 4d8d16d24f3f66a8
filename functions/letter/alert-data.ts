import { sql } from "drizzle-orm";
import { addDays, utcDay } from "../../shared/utc-day";
import type { Database } from "../env";
import type { PostDays } from "./take-off";

/** Days of history a post's usual level is read from. */
export const historyDays = 28;

export interface PostToday extends PostDays {
  title: string;
  /** The source (or, without one, the channel) that brought most of today's engaged reads. */
  mostlyFrom: string | null;
}

/**
 * Each published post's engaged reads today and on each complete day of the last four weeks
 * it was live (from the roll-ups, which the cron refreshes before this runs).
 */
export async function readPostsToday(db: Database, now: Date): Promise<PostToday[]> {
  const today = utcDay(now);
  const first = addDays(today, -historyDays);
  const rows = await db.all<{
    slug: string;
    title: string;
    pubDate: string;
    days: string | null;
    source: string | null;
  }>(
    sql`
    SELECT p.slug, p.title, p.pub_date AS pubDate,
      (SELECT group_concat(s.day || ':' || s.engaged_reads) FROM daily_page_stats s
        WHERE s.path = p.path AND s.day BETWEEN ${first} AND ${today} AND s.engaged_reads > 0) AS days,
      (SELECT CASE WHEN src.source != '' THEN src.source ELSE src.channel END FROM daily_source_stats src
        WHERE src.path = p.path AND src.day = ${today} AND src.channel != 'internal' AND src.engaged_reads > 0
        ORDER BY src.engaged_reads DESC LIMIT 1) AS source
    FROM posts p WHERE p.pub_date <= ${today}`,
  );
  return rows.map((row) => {
    const reads = new Map(
      (row.days ?? "").split(",").flatMap((entry) => {
        const [day = "", count = "0"] = entry.split(":");
        return day ? [[day, Number(count)] as const] : [];
      }),
    );
    const history: number[] = [];
    for (let day = first; day < today; day = addDays(day, 1)) {
      if (day >= row.pubDate) history.push(reads.get(day) ?? 0);
    }
    return { slug: row.slug, title: row.title, today: reads.get(today) ?? 0, history, mostlyFrom: row.source };
  });
}
