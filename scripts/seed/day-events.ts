/**
 * One day of demo traffic, as rows ready to insert. Each pageview, goal and outbound row is
 * made by the collector's own row builders (shared with the history import,
 * scripts/import/) from the event the tracker would send, with the
 * visitor id computeVisitorId derives from the day's salt, IP address and User-Agent.
 */
import { buildGoalRow, buildOutboundRow, buildPageviewRow } from "../../functions/analytics/collect.ts";
import { isEngagedRead } from "../../functions/analytics/engagement.ts";
import type { RequestContext } from "../../functions/analytics/request-context.ts";
import { computeVisitorId } from "../../functions/analytics/visitor-id.ts";
import type { goalEvents, outboundClicks, pageviews } from "../../functions/db/schema.ts";
import type { OutboundEvent, PageviewEvent } from "../../functions/schemas/event.ts";
import { dayMs } from "../../shared/utc-day.ts";
import { siteConfig } from "../../site.config.ts";
import { chance, integerBetween, type Random } from "../lib/random.ts";
import { countBotHits, describeAgent, pickCountry, pickDevice, pickIp, pickStartMs } from "./audience.ts";
import { type CommentIds, type CommentRow, writeComments } from "./comments.ts";
import { creditActs } from "./credit-acts.ts";
import { type Engagement, pickGoal, pickOutbound, simulateEngagement } from "./engagement.ts";
import type { DemoPage } from "./pages.ts";
import type { DayPlan, Entry } from "./traffic-model.ts";
import { pickUserAgent } from "./user-agents.ts";

export type PageviewRow = typeof pageviews.$inferInsert;
export type GoalRow = typeof goalEvents.$inferInsert;
export type OutboundRow = typeof outboundClicks.$inferInsert;

export interface DayEvents {
  day: string;
  pageviews: PageviewRow[];
  goals: GoalRow[];
  outbound: OutboundRow[];
  comments: CommentRow[];
  botHits: number;
}

export interface DayContext {
  random: Random;
  salt: string;
  nowMs: number;
  pages: readonly DemoPage[];
  commentIds: CommentIds;
}

const siteOrigin = new URL(siteConfig.url).origin;
const siteHost = new URL(siteConfig.url).hostname;
// Few readers comment: about one in 400 engaged reads.
const commentRate = 1 / 400;

/** A page id as the tracker makes one: random, 8 to 40 URL-safe characters. */
function makePageId(random: Random): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let id = "";
  for (let index = 0; index < 16; index++) id += alphabet[Math.floor(random.next() * alphabet.length)];
  return id;
}

/** The next page a reader opens: mostly another post, preferably on a shared topic, else a site page. */
function pickNextPage(random: Random, current: DemoPage, pages: readonly DemoPage[], day: string): DemoPage {
  const open = pages.filter((page) => page.since <= day && page !== current);
  const related = open.filter((page) => page.kind === "post" && page.topics.some((t) => current.topics.includes(t)));
  const roll = random.next();
  const pool =
    roll < 0.55 && related.length > 0
      ? related
      : roll < 0.8
        ? open.filter((page) => page.kind === "post")
        : open.filter((page) => page.kind !== "post");
  return pool[Math.floor(random.next() * pool.length)] ?? current;
}

interface Visitor {
  ip: string;
  userAgent: string;
  device: string;
  browser: string;
}

/** A pageview whose row waits for its visitor's id, computed for all of the day's visitors at once. */
interface PendingView {
  event: PageviewEvent;
  url: URL;
  context: RequestContext;
  visitor: Visitor;
  engagement: Engagement;
}

interface DayDraft {
  views: PendingView[];
  visitors: Visitor[];
  events: DayEvents;
}

function simulateVisit(entry: Entry, quota: number, plan: DayPlan, context: DayContext, draft: DayDraft): void {
  const { random } = context;
  const device = pickDevice(random, entry.source);
  const country = pickCountry(random, entry.page.lang);
  const ip = pickIp(random);
  const userAgent = pickUserAgent(random, device);
  const client = describeAgent(userAgent);
  const visitor = { ip, userAgent, device: client.device, browser: client.browser };
  draft.visitors.push(visitor);
  const { events } = draft;
  const dayStartMs = Date.parse(`${plan.day}T00:00:00Z`);
  let at = pickStartMs(random, dayStartMs, country);
  let page = entry.page;
  let arrival = entry.source.entry(random, { country, device, lang: page.lang, campaign: entry.campaign });
  while (draft.views.length < quota && at < Math.min(context.nowMs, dayStartMs + dayMs)) {
    const url = new URL(`${page.path}${arrival.query ?? ""}`, siteOrigin);
    const pageId = makePageId(random);
    const event: PageviewEvent = { type: "pageview", url: url.href, pageId };
    if (arrival.referrer) event.referrer = arrival.referrer;
    const requestContext = { now: new Date(at), ip, userAgent, country, requestHost: siteHost };
    const engagement = simulateEngagement(random, page, { ...entry.source, device });
    draft.views.push({ event, url, context: requestContext, visitor, engagement });
    const engaged = isEngagedRead(engagement);
    // Still the pageview's day: the collector would file the click on the day it happened.
    const leftAt = new Date(Math.min(at + engagement.engagedMs, dayStartMs + dayMs - 1));
    const goal = pickGoal(random, page, entry.source.name, engaged);
    if (goal) {
      events.goals.push(buildGoalRow({ type: "goal", url: url.href, pageId, name: goal }, url, leftAt, uncredited));
    }
    const target = pickOutbound(random, page, engaged);
    if (target) {
      const outbound: OutboundEvent = { type: "outbound", url: url.href, pageId, target: `https://${target}/` };
      events.outbound.push(buildOutboundRow(outbound, url, leftAt, uncredited));
    }
    if (engaged && chance(random, commentRate)) {
      events.comments.push(...writeComments(random, page, leftAt.getTime(), context.nowMs, context.commentIds));
    }
    if (!chance(random, engaged ? 0.32 : 0.08)) return;
    arrival = { referrer: `${siteOrigin}${page.path}` };
    page = pickNextPage(random, page, context.pages, plan.day);
    at = leftAt.getTime() + integerBetween(random, 3_000, 40_000);
  }
}

/** The rows of the day's pageviews, as the collector stores them; the hashing runs in parallel. */
async function buildRows(draft: DayDraft, salt: string): Promise<PageviewRow[]> {
  const ids = new Map<Visitor, string>();
  await Promise.all(
    draft.visitors.map(async (visitor) => {
      const { ip, userAgent } = visitor;
      ids.set(visitor, await computeVisitorId({ salt, siteHost, ip, userAgent }));
    }),
  );
  return draft.views.map(({ event, url, context, visitor, engagement }) => ({
    ...buildPageviewRow({
      event,
      url,
      context,
      visitorId: ids.get(visitor) ?? "",
      device: visitor.device,
      browser: visitor.browser,
    }),
    ...engagement,
  }));
}

/** Goals and clicks are credited once the day's pageviews are built (creditActs). */
const uncredited = { channel: "unknown", source: "unknown", campaign: null };

/** Visits until the day has `quota` pageviews; a visit that would start after `nowMs` is not made. */
export async function generateDay(plan: DayPlan, quota: number, context: DayContext): Promise<DayEvents> {
  const events: DayEvents = { day: plan.day, pageviews: [], goals: [], outbound: [], comments: [], botHits: 0 };
  const draft: DayDraft = { views: [], visitors: [], events };
  // Today only has the visits before now; stop trying when they cannot fill the quota.
  let idle = 0;
  while (draft.views.length < quota && idle < 1_000) {
    const before = draft.views.length;
    simulateVisit(plan.pickEntry(context.random), quota, plan, context, draft);
    idle = draft.views.length === before ? idle + 1 : 0;
  }
  events.pageviews = await buildRows(draft, context.salt);
  creditActs(events);
  events.botHits = countBotHits(context.random, events.pageviews.length);
  return events;
}
