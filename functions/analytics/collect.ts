import { and, eq, sql } from "drizzle-orm";
import { utcDay } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import { dailyBotHits, goalEvents, outboundClicks, pageviews } from "../db/schema";
import type { Database } from "../env";
import { type Refused, refuse } from "../outcome";
import type { EngagementEvent, GoalEvent, OutboundEvent, PageviewEvent, TrackerEvent } from "../schemas/event";
import { classifySource } from "./classify-source";
import { normalizePagePath } from "./page-path";
import { findClientPageviewSource, type PageviewSource, pageviewDays } from "./pageview-source";
import type { RequestContext } from "./request-context";
import { getDailySalt } from "./salts";
import { describeClient } from "./user-agent";
import { computeVisitorId } from "./visitor-id";

/** What became of a stored event; an event from another site's page is refused. */
export type CollectOutcome = "counted" | "filtered" | "ignored" | Refused<"foreign-host">;

const configuredHost = new URL(siteConfig.url).hostname;

function siteHosts(context: RequestContext): string[] {
  return [configuredHost, context.requestHost];
}

/** The event's page URL, refused when it belongs to another site. Shared with the history import. */
export function readPageUrl(event: TrackerEvent, context: RequestContext): URL | Refused<"foreign-host"> {
  const url = new URL(event.url);
  if (!siteHosts(context).includes(url.hostname)) {
    return refuse("foreign-host", "url", `url: host ${url.hostname} is not this site`);
  }
  return url;
}

function utm(url: URL, name: string): string | null {
  const value = url.searchParams.get(name)?.trim().slice(0, 100);
  return value ? value : null;
}

function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  return URL.canParse(referrer) ? new URL(referrer).hostname.toLowerCase() || null : null;
}

/**
 * The stored form of a pageview: what the tracker sent, classified, with no IP
 * address and no User-Agent. Shared with the demo seeder so that demo data takes
 * the same path as real traffic.
 */
export function buildPageviewRow(input: {
  event: PageviewEvent;
  url: URL;
  context: RequestContext;
  visitorId: string;
  device: string;
  browser: string;
}): typeof pageviews.$inferInsert {
  const { event, url, context } = input;
  const utmSource = utm(url, "utm_source");
  const utmMedium = utm(url, "utm_medium");
  const fromHost = referrerHost(event.referrer);
  const { channel, source } = classifySource({
    referrerHost: fromHost,
    utmSource,
    utmMedium,
    siteHosts: siteHosts(context),
  });
  return {
    day: utcDay(context.now),
    pageId: event.pageId ?? crypto.randomUUID(),
    visitorId: input.visitorId,
    createdAt: context.now.getTime(),
    path: normalizePagePath(url),
    channel,
    source,
    referrerHost: channel === "internal" ? null : fromHost,
    utmSource,
    utmMedium,
    utmCampaign: utm(url, "utm_campaign"),
    country: context.country,
    device: input.device,
    browser: input.browser,
  };
}

async function recordPageview(
  db: Database,
  event: PageviewEvent,
  url: URL,
  context: RequestContext,
): Promise<CollectOutcome> {
  const day = utcDay(context.now);
  const client = describeClient(context.userAgent);
  if (client.isBot || event.bot) {
    await db
      .insert(dailyBotHits)
      .values({ day, hits: 1 })
      .onConflictDoUpdate({ target: dailyBotHits.day, set: { hits: sql`${dailyBotHits.hits} + 1` } });
    return "filtered";
  }
  const salt = await getDailySalt(db, day);
  const visitorId = await computeVisitorId({
    salt,
    siteHost: configuredHost,
    ip: context.ip,
    userAgent: context.userAgent,
  });
  await db
    .insert(pageviews)
    .values(buildPageviewRow({ event, url, context, visitorId, device: client.device, browser: client.browser }))
    .onConflictDoNothing();
  return "counted";
}

/** Raises the pageview's engaged time and scroll depth; a tab hidden twice reports twice. */
async function recordEngagement(
  db: Database,
  event: EngagementEvent,
  context: RequestContext,
): Promise<CollectOutcome> {
  // A page opened before midnight UTC reports its engagement after it.
  for (const day of pageviewDays(context.now)) {
    const result = await db
      .update(pageviews)
      .set({
        engagedMs: sql`max(${pageviews.engagedMs}, ${event.engagedMs})`,
        scrollDepth: sql`max(${pageviews.scrollDepth}, ${event.scrollDepth})`,
      })
      .where(and(eq(pageviews.day, day), eq(pageviews.pageId, event.pageId)))
      .run();
    if (result.meta.changes > 0) return "counted";
  }
  return "ignored";
}

/** The stored form of a goal conversion, credited to `source`; shared with the history import. */
export function buildGoalRow(
  event: GoalEvent,
  url: URL,
  now: Date,
  source: PageviewSource,
): typeof goalEvents.$inferInsert {
  return {
    day: utcDay(now),
    pageId: event.pageId,
    path: normalizePagePath(url),
    name: event.name.toLowerCase(),
    createdAt: now.getTime(),
    ...source,
  };
}

/** The stored form of an outbound click: of the target only its host; shared with the history import. */
export function buildOutboundRow(
  event: OutboundEvent,
  url: URL,
  now: Date,
  source: PageviewSource,
): typeof outboundClicks.$inferInsert {
  return {
    day: utcDay(now),
    pageId: event.pageId,
    path: normalizePagePath(url),
    targetHost: new URL(event.target).hostname,
    createdAt: now.getTime(),
    ...source,
  };
}

async function recordGoal(
  db: Database,
  event: GoalEvent,
  url: URL,
  context: RequestContext,
  source: PageviewSource,
): Promise<CollectOutcome> {
  // A second click on the same goal of the same pageview is the same conversion.
  const result = await db
    .insert(goalEvents)
    .values(buildGoalRow(event, url, context.now, source))
    .onConflictDoNothing()
    .run();
  return result.meta.changes > 0 ? "counted" : "ignored";
}

async function recordOutbound(
  db: Database,
  event: OutboundEvent,
  url: URL,
  context: RequestContext,
  source: PageviewSource,
): Promise<CollectOutcome> {
  const result = await db
    .insert(outboundClicks)
    .values(buildOutboundRow(event, url, context.now, source))
    .onConflictDoNothing()
    .run();
  return result.meta.changes > 0 ? "counted" : "ignored";
}

/** Stores one validated tracker event. Bots are counted per day and otherwise dropped. */
export async function collectEvent(
  db: Database,
  event: TrackerEvent,
  context: RequestContext,
): Promise<CollectOutcome> {
  const url = readPageUrl(event, context);
  if (!(url instanceof URL)) return url;
  if (event.type === "pageview") return recordPageview(db, event, url, context);
  if (describeClient(context.userAgent).isBot) return "filtered";
  if (event.type === "engagement") return recordEngagement(db, event, context);
  // A goal or outbound click belongs to a counted pageview of the same client: one filtered as a
  // bot, never sent, or opened by someone else takes it along.
  const source = await findClientPageviewSource(db, event.pageId, context, configuredHost);
  if (!source) return "ignored";
  if (event.type === "goal") return recordGoal(db, event, url, context, source);
  return recordOutbound(db, event, url, context, source);
}
