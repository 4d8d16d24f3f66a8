import { and, desc, eq, inArray, lte, ne } from "drizzle-orm";
import { addDays, utcDay } from "../../shared/utc-day";
import { pageviews } from "../db/schema";
import type { Database } from "../env";

/** Where the reader of one visit came from: what goals, clicks and comments are credited to. */
export interface PageviewSource {
  channel: string;
  source: string;
  campaign: string | null;
}

/**
 * The days on which the pageview of a later event (engagement, goal, outbound click, comment)
 * may have been opened: the event's day, or the day before for a page left open over midnight.
 */
export function pageviewDays(now: Date): [string, string] {
  const today = utcDay(now);
  return [today, addDays(today, -1)];
}

const sourceColumns = { channel: pageviews.channel, source: pageviews.source, campaign: pageviews.utmCampaign };

/**
 * The source of the counted pageview with this tracker pageId, opened today or yesterday
 * (a page left open over midnight UTC); undefined when there is none, as for a pageview
 * filtered as a bot, one never sent, or a made-up id. A pageview reached by clicking
 * through the site is credited to where the visit entered: the same reader's latest
 * pageview from outside the site that day, before it (docs/traction.md). Only when there
 * is none does it stay "internal".
 */
export async function findPageviewSource(db: Database, pageId: string, now: Date): Promise<PageviewSource | undefined> {
  const [view] = await db
    .select({ ...sourceColumns, day: pageviews.day, visitorId: pageviews.visitorId, createdAt: pageviews.createdAt })
    .from(pageviews)
    .where(and(inArray(pageviews.day, pageviewDays(now)), eq(pageviews.pageId, pageId)))
    .limit(1);
  if (!view) return undefined;
  const own = { channel: view.channel, source: view.source, campaign: view.campaign };
  if (view.channel !== "internal") return own;
  const [entry] = await db
    .select(sourceColumns)
    .from(pageviews)
    .where(
      and(
        eq(pageviews.day, view.day),
        eq(pageviews.visitorId, view.visitorId),
        ne(pageviews.channel, "internal"),
        lte(pageviews.createdAt, view.createdAt),
      ),
    )
    .orderBy(desc(pageviews.createdAt))
    .limit(1);
  return entry ?? own;
}
