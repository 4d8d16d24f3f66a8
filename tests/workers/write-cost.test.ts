import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import { collectEvent } from "../../functions/analytics/collect";
import type { RequestContext } from "../../functions/analytics/request-context";
import * as schema from "../../functions/db/schema";
import type { TrackerEvent } from "../../functions/schemas/event";
import { CountingD1 } from "./support/counting-d1";
import {
  firefoxUserAgent,
  googlebotUserAgent,
  makeContext,
  makeEngagement,
  makeGoal,
  makeOutbound,
  makePageId,
  makePageview,
  siteOrigin,
} from "./support/events";

// D1 bills rows written, index entries included (docs: D1 pricing). The collector
// runs once per event, so its writes per event are the cost of the analytics.
// Each test uses a day no other test in this file uses: the day's salt is written
// by the day's first pageview and then cached per isolate, so a shared day would
// move the salt write from one test to another.

function openMeteredDatabase() {
  const d1 = new CountingD1(env.DB);
  return { db: drizzle(d1, { schema }), meter: d1.meter };
}

function onDay(day: string, overrides: Partial<RequestContext> = {}): RequestContext {
  return makeContext({ now: new Date(`${day}T10:00:00Z`), ...overrides });
}

describe("rows written per event", () => {
  it("writes the pageview row and its one index entry, and the day's salt only once", async () => {
    const { db, meter } = openMeteredDatabase();
    const context = onDay("2026-12-01");
    const writes: number[] = [];
    for (let view = 0; view < 10; view += 1) {
      writes.push(await meter.measure(() => collectEvent(db, makePageview(), context)));
    }
    for (const rows of writes) expect(rows).toBeLessThanOrEqual(4);
    // The first pageview also writes the salt: its row and its primary-key index entry.
    expect(writes).toStrictEqual([4, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it.each([
    {
      kind: "a pageview with referrer and UTM parameters",
      day: "2026-12-02",
      event: () =>
        makePageview({
          url: `${siteOrigin}/posts/a/?utm_source=newsletter&utm_medium=email&utm_campaign=mai`,
          referrer: "https://www.linkedin.com/feed/",
        }),
      context: {},
    },
    {
      kind: "a pageview without pageId",
      day: "2026-12-03",
      event: () => makePageview({ pageId: undefined }),
      context: {},
    },
    {
      kind: "another visitor's pageview",
      day: "2026-12-04",
      event: () => makePageview(),
      context: { ip: "198.51.100.3", userAgent: firefoxUserAgent },
    },
    {
      kind: "a repeated pageId",
      day: "2026-12-05",
      event: () => makePageview({ pageId: "repeated-page-id" }),
      context: {},
    },
  ])("writes at most 2 rows for $kind once the day's salt exists", async ({ day, event, context }) => {
    const { db, meter } = openMeteredDatabase();
    await collectEvent(db, makePageview({ pageId: "repeated-page-id" }), onDay(day));
    const rows = await meter.measure(() => collectEvent(db, event(), onDay(day, context)));
    expect(rows).toBeLessThanOrEqual(2);
  });

  it.each<{ report: string; day: string; earlier: [number, number][]; engagedMs: number; scrollDepth: number }>([
    { report: "a first engagement report", day: "2026-12-10", earlier: [], engagedMs: 40_000, scrollDepth: 80 },
    { report: "a higher report", day: "2026-12-11", earlier: [[10_000, 20]], engagedMs: 40_000, scrollDepth: 80 },
    { report: "a lower report", day: "2026-12-12", earlier: [[40_000, 80]], engagedMs: 10_000, scrollDepth: 20 },
  ])("updates one row for $report", async ({ day, earlier, engagedMs, scrollDepth }) => {
    const { db, meter } = openMeteredDatabase();
    const context = onDay(day);
    const pageId = makePageId();
    await collectEvent(db, makePageview({ pageId }), context);
    for (const [earlierMs, earlierDepth] of earlier) {
      await collectEvent(db, makeEngagement({ pageId, engagedMs: earlierMs, scrollDepth: earlierDepth }), context);
    }
    const rows = await meter.measure(() =>
      collectEvent(db, makeEngagement({ pageId, engagedMs, scrollDepth }), context),
    );
    expect(rows).toBe(1);
  });

  it.each<{
    kind: string;
    day: string;
    /** The event, given the pageId of the day's counted pageview. */
    event: (pageId: string) => TrackerEvent;
    context: Partial<RequestContext>;
    rows: number;
  }>([
    {
      kind: "an engagement for an unknown pageId",
      day: "2026-12-20",
      event: () => makeEngagement(),
      context: {},
      rows: 0,
    },
    { kind: "a goal", day: "2026-12-21", event: (pageId) => makeGoal({ pageId }), context: {}, rows: 2 },
    { kind: "an outbound click", day: "2026-12-22", event: (pageId) => makeOutbound({ pageId }), context: {}, rows: 2 },
    {
      kind: "a crawler's pageview",
      day: "2026-12-23",
      event: () => makePageview(),
      context: { userAgent: googlebotUserAgent },
      rows: 1,
    },
    {
      kind: "a crawler's goal",
      day: "2026-12-24",
      event: (pageId) => makeGoal({ pageId }),
      context: { userAgent: googlebotUserAgent },
      rows: 0,
    },
  ])("writes $rows rows for $kind", async ({ day, event, context, rows }) => {
    const { db, meter } = openMeteredDatabase();
    // A first crawler hit of the day creates its daily_bot_hits row; later ones update it.
    await collectEvent(db, makePageview(), onDay(day, { userAgent: googlebotUserAgent }));
    const pageId = makePageId();
    await collectEvent(db, makePageview({ pageId }), onDay(day));
    expect(await meter.measure(() => collectEvent(db, event(pageId), onDay(day, context)))).toBe(rows);
  });
});
