import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { collectEvent } from "../../functions/analytics/collect";
import { runMaintenance } from "../../functions/analytics/maintenance";
import { rollUpDay } from "../../functions/analytics/rollups";
import {
  dailyPageStats,
  dailySalts,
  dailySiteStats,
  goalEvents,
  outboundClicks,
  pageviews,
} from "../../functions/db/schema";
import type { Database } from "../../functions/env";
import { runScheduled } from "../../functions/scheduled";
import { makeContext, makeGoal, makeOutbound, makePageId, makePageview, openDatabase } from "./support/events";

// Each test uses days no other test in this file uses: the collector caches the
// day's salt per isolate, and that cache outlives the tables emptied between tests.

const reader = { ip: "203.0.113.70", userAgent: makeContext().userAgent };

async function viewPage(db: Database, now: string): Promise<string> {
  const pageId = makePageId();
  const pageview = makePageview({ pageId });
  await collectEvent(db, pageview, makeContext({ ...reader, now: new Date(now) }));
  const [row] = await db.select({ visitorId: pageviews.visitorId }).from(pageviews).where(eq(pageviews.pageId, pageId));
  if (!row) throw new Error(`pageview at ${now} was not stored`);
  return row.visitorId;
}

/** One pageview, one goal and one outbound click on `day`. */
async function seedRawEvents(db: Database, day: string): Promise<void> {
  const context = makeContext({ now: new Date(`${day}T12:00:00Z`) });
  const pageId = makePageId();
  await collectEvent(db, makePageview({ pageId }), context);
  await collectEvent(db, makeGoal({ pageId }), context);
  await collectEvent(db, makeOutbound({ pageId }), context);
}

async function listRawDays(db: Database): Promise<Record<string, string[]>> {
  const days = async (rows: Promise<{ day: string }[]>) => (await rows).map((row) => row.day).sort();
  return {
    pageviews: await days(db.select({ day: pageviews.day }).from(pageviews)),
    goalEvents: await days(db.select({ day: goalEvents.day }).from(goalEvents)),
    outboundClicks: await days(db.select({ day: outboundClicks.day }).from(outboundClicks)),
  };
}

describe("daily salts", () => {
  it("gives the same IP address and User-Agent another visitor id the next day", async () => {
    const db = openDatabase();
    const firstDay = await viewPage(db, "2026-06-01T10:00:00Z");
    const sameDay = await viewPage(db, "2026-06-01T18:00:00Z");
    const nextDay = await viewPage(db, "2026-06-02T10:00:00Z");
    expect(sameDay).toBe(firstDay);
    expect(nextDay).not.toBe(firstDay);
    const salts = await db.select().from(dailySalts).orderBy(dailySalts.day);
    expect(salts.map((salt) => salt.day)).toStrictEqual(["2026-06-01", "2026-06-02"]);
    expect(salts[0]?.salt).not.toBe(salts[1]?.salt);
  });

  it("runMaintenance deletes every salt older than today, so earlier ids cannot be recomputed", async () => {
    const db = openDatabase();
    await viewPage(db, "2026-06-10T10:00:00Z");
    await viewPage(db, "2026-06-12T23:59:59Z");
    const before = await viewPage(db, "2026-06-13T08:00:00Z");
    const report = await runMaintenance(db, new Date("2026-06-13T12:00:00Z"), 30);
    expect(report.saltsDeleted).toBe(2);
    expect(await db.select({ day: dailySalts.day }).from(dailySalts)).toStrictEqual([{ day: "2026-06-13" }]);
    // Today's salt survives, so a reader keeps one id for the whole day.
    expect(await viewPage(db, "2026-06-13T20:00:00Z")).toBe(before);
  });
});

describe("runMaintenance purges raw events", () => {
  it.each([
    { retentionDays: 30, today: "2026-07-31", purgedDay: "2026-06-30", keptDay: "2026-07-01" },
    { retentionDays: 2, today: "2026-08-20", purgedDay: "2026-08-17", keptDay: "2026-08-18" },
  ])(
    "with $retentionDays days' retention on $today, purges $purgedDay and keeps $keptDay",
    async ({ retentionDays, today, purgedDay, keptDay }) => {
      const db = openDatabase();
      for (const day of [purgedDay, keptDay, today]) await seedRawEvents(db, day);
      const report = await runMaintenance(db, new Date(`${today}T12:00:00Z`), retentionDays);
      expect(report.rawEventsPurged).toBe(3);
      const kept = [keptDay, today];
      expect(await listRawDays(db)).toStrictEqual({ pageviews: kept, goalEvents: kept, outboundClicks: kept });
    },
  );

  it("keeps the roll-ups of the purged days", async () => {
    const db = openDatabase();
    await seedRawEvents(db, "2026-08-01");
    await rollUpDay(db, "2026-08-01");
    await runMaintenance(db, new Date("2026-09-05T12:00:00Z"), 30);
    expect(await listRawDays(db)).toStrictEqual({ pageviews: [], goalEvents: [], outboundClicks: [] });
    expect(await db.select().from(dailySiteStats)).toStrictEqual([{ day: "2026-08-01", views: 1, visitors: 1 }]);
    expect(await db.select().from(dailyPageStats)).toStrictEqual([
      {
        day: "2026-08-01",
        path: "/posts/why-pageviews-lie/",
        views: 1,
        visitors: 1,
        engagedReads: 0,
        readThroughs: 0,
        engagedMs: 0,
        goals: 1,
        outboundClicks: 1,
      },
    ]);
  });
});

describe("runMaintenance roll-ups", () => {
  it.each([
    { time: "2026-09-20T00:04:00Z", rolledUp: ["2026-09-19", "2026-09-20"] },
    { time: "2026-09-21T02:59:59Z", rolledUp: ["2026-09-20", "2026-09-21"] },
    { time: "2026-09-22T03:00:00Z", rolledUp: ["2026-09-22"] },
    { time: "2026-09-23T23:55:00Z", rolledUp: ["2026-09-23"] },
  ])("at $time rolls up $rolledUp", async ({ time, rolledUp }) => {
    const db = openDatabase();
    for (const day of rolledUp) await seedRawEvents(db, day);
    const report = await runMaintenance(db, new Date(time), 30);
    expect(report.rolledUp).toStrictEqual(rolledUp);
    const stats = await db.select({ day: dailySiteStats.day }).from(dailySiteStats).orderBy(dailySiteStats.day);
    expect(stats.map((row) => row.day)).toStrictEqual(rolledUp);
  });
});

describe("runScheduled", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("runs the maintenance with RAW_RETENTION_DAYS even though the catalog sync fails without assets", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const db = openDatabase();
    for (const day of ["2026-10-14", "2026-10-15", "2026-11-14"]) await seedRawEvents(db, day);
    const report = await runScheduled(env, new Date("2026-11-14T12:00:00Z"));
    // wrangler.jsonc sets RAW_RETENTION_DAYS to 30: the cutoff is 2026-10-15.
    expect(report).toMatchObject({ rolledUp: ["2026-11-14"], rawEventsPurged: 3, saltsDeleted: 2 });
    expect(await listRawDays(db)).toMatchObject({ pageviews: ["2026-10-15", "2026-11-14"] });
    expect(logged).toHaveBeenCalledWith("catalog sync failed", expect.anything());
  });
});
