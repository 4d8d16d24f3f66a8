import { and, desc, eq, inArray, lte, ne } from "drizzle-orm";
import { addDays, utcDay } from "../../shared/utc-day";
import { pageviews } from "../db/schema";
import type { Database } from "../env";
import type { RequestContext } from "./request-context";
import { findDailySalt } from "./salts";
import { computeVisitorId } from "./visitor-id";

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

interface CountedPageview extends PageviewSource {
  day: string;
  visitorId: string;
  createdAt: number;
}

/** The counted pageview with this tracker pageId, opened today or yesterday (a page left open over midnight UTC). */
async function findCountedPageview(db: Database, pageId: string, now: Date): Promise<CountedPageview | undefined> {
  const [view] = await db
    .select({ ...sourceColumns, day: pageviews.day, visitorId: pageviews.visitorId, createdAt: pageviews.createdAt })
    .from(pageviews)
    .where(and(inArray(pageviews.day, pageviewDays(now)), eq(pageviews.pageId, pageId)))
    .limit(1);
  return view;
}

/**
 * Where the visit of `view` entered the site. A pageview reached by clicking through the site
 * is credited to the same reader's latest pageview from outside the site that day, before it
 * (docs/traction.md). Only when there is none does it stay "internal".
 */
async function creditVisit(db: Database, view: CountedPageview): Promise<PageviewSource> {
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

/**
 * The source of the counted pageview with this tracker pageId; undefined when there is none,
 * as for a pageview filtered as a bot, one never sent, or a made-up id.
 */
export async function findPageviewSource(db: Database, pageId: string, now: Date): Promise<PageviewSource | undefined> {
  const view = await findCountedPageview(db, pageId, now);
  return view ? creditVisit(db, view) : undefined;
}

/**
 * The same, for an event that must come from the reader who opened the page (a goal, an
 * outbound click): the sender's visitor id, computed with the salt of the pageview's day,
 * must be the pageview's. Someone who learnt a pageId cannot add a conversion to it from
 * another client. Yesterday's salt is deleted a few minutes after midnight UTC, so a page
 * left open across it stops proving its reader then, and its later clicks are not counted.
 */
export async function findClientPageviewSource(
  db: Database,
  pageId: string,
  context: Pick<RequestContext, "now" | "ip" | "userAgent">,
  siteHost: string,
): Promise<PageviewSource | undefined> {
  const view = await findCountedPageview(db, pageId, context.now);
  if (!view) return undefined;
  const salt = await findDailySalt(db, view.day);
  if (!salt) return undefined;
  const visitorId = await computeVisitorId({ salt, siteHost, ip: context.ip, userAgent: context.userAgent });
  return visitorId === view.visitorId ? creditVisit(db, view) : undefined;
}
