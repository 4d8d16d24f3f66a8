import { and, eq, inArray } from "drizzle-orm";
import { addDays, utcDay } from "../../shared/utc-day";
import { pageviews } from "../db/schema";
import type { Database } from "../env";

/** Where the reader of one counted pageview came from: what goals, clicks and comments are credited to. */
export interface PageviewSource {
  channel: string;
  source: string;
  campaign: string | null;
}

/**
 * The source of the counted pageview with this tracker pageId, opened today or yesterday
 * (a page left open over midnight UTC); undefined when there is none, as for a pageview
 * filtered as a bot, one never sent, or a made-up id.
 */
export async function findPageviewSource(db: Database, pageId: string, now: Date): Promise<PageviewSource | undefined> {
  const today = utcDay(now);
  const [row] = await db
    .select({ channel: pageviews.channel, source: pageviews.source, campaign: pageviews.utmCampaign })
    .from(pageviews)
    .where(and(inArray(pageviews.day, [today, addDays(today, -1)]), eq(pageviews.pageId, pageId)))
    .limit(1);
  return row;
}
