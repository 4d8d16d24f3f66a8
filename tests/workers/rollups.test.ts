import { describe, expect, it } from "vitest";
import { rollUpDay } from "../../functions/analytics/rollups";
import { openDatabase } from "./support/events";
import { type Day, readRollUps, seedDay } from "./support/traffic";

// Each test uses days no other test in this file uses: the collector caches the
// day's salt per isolate, and that cache outlives the tables emptied between tests.

/**
 * Two days of a small blog. A read-through is scroll_depth >= 75 with engaged_ms >= 10000,
 * an engaged read engaged_ms >= 30000 or a read-through; the boundaries are on both sides
 * of each threshold.
 * anna and ben share a User-Agent, anna and cem an IP address, so a visitor is both.
 */
function makeTwoDays(first: string, second: string): Day[] {
  return [
    {
      day: first,
      views: [
        // engaged (time), no read-through
        { reader: "anna", path: "/posts/a/", referrer: "https://www.linkedin.com/", engagement: [[45_000, 40]] },
        // engaged (read through after 10 s), read-through; the later, lower report changes nothing
        {
          reader: "ben",
          path: "/posts/a/",
          referrer: "https://lnkd.in/",
          engagement: [
            [10_000, 80],
            [1_000, 10],
          ],
        },
        // just below both thresholds
        { reader: "anna", path: "/posts/a/", referrer: "https://www.google.de/", engagement: [[29_999, 74]] },
        // exactly at both thresholds
        { reader: "cem", path: "/posts/a", engagement: [[30_000, 75]] },
        { reader: "ben", path: "/posts/b/", referrer: "https://www.google.com/" },
        // a fling to the bottom in one second: neither engaged nor read through
        { reader: "ben", path: "/posts/b/", referrer: "https://www.google.at/", engagement: [[1_000, 100]] },
        { reader: "cem", path: "/", query: "?utm_source=newsletter&utm_medium=email" },
      ],
      goals: [
        { path: "/posts/a/", name: "contact" },
        { path: "/posts/a/", name: "Contact" },
        { path: "/posts/a/", name: "subscribe" },
        { path: "/posts/b/", name: "contact" },
      ],
      // The second click from the one view of "/" to the same host is the same click.
      outbound: ["/posts/a/", "/", "/"],
    },
    {
      day: second,
      views: [
        { reader: "anna", path: "/posts/a/", engagement: [[60_000, 100]] },
        { reader: "anna", path: "/posts/a/" },
      ],
      goals: [{ path: "/posts/a/", name: "contact" }],
      outbound: [],
    },
  ];
}

describe("rollUpDay", () => {
  it("sums each day's raw events into the four roll-ups", async () => {
    const db = openDatabase();
    for (const day of makeTwoDays("2026-04-14", "2026-04-15")) await seedDay(db, day);
    await rollUpDay(db, "2026-04-14");
    await rollUpDay(db, "2026-04-15");
    expect(await readRollUps(db)).toStrictEqual({
      pages: [
        {
          day: "2026-04-14",
          path: "/",
          views: 1,
          visitors: 1,
          engagedReads: 0,
          readThroughs: 0,
          engagedMs: 0,
          goals: 0,
          outboundClicks: 1,
        },
        {
          day: "2026-04-14",
          path: "/posts/a/",
          views: 4,
          visitors: 3,
          engagedReads: 3,
          readThroughs: 2,
          engagedMs: 45_000 + 10_000 + 29_999 + 30_000,
          goals: 3,
          outboundClicks: 1,
        },
        {
          day: "2026-04-14",
          path: "/posts/b/",
          views: 2,
          visitors: 1,
          engagedReads: 0,
          readThroughs: 0,
          engagedMs: 1_000,
          goals: 1,
          outboundClicks: 0,
        },
        {
          day: "2026-04-15",
          path: "/posts/a/",
          views: 2,
          visitors: 1,
          engagedReads: 1,
          readThroughs: 1,
          engagedMs: 60_000,
          goals: 1,
          outboundClicks: 0,
        },
      ],
      sources: [
        {
          day: "2026-04-14",
          path: "/",
          channel: "email",
          source: "Newsletter",
          campaign: "",
          views: 1,
          visitors: 1,
          engagedReads: 0,
          readThroughs: 0,
          engagedMs: 0,
          goals: 0,
          outboundClicks: 1,
        },
        {
          day: "2026-04-14",
          path: "/posts/a/",
          channel: "direct",
          source: "Direct",
          campaign: "",
          views: 1,
          visitors: 1,
          engagedReads: 1,
          readThroughs: 1,
          engagedMs: 30_000,
          goals: 0,
          outboundClicks: 0,
        },
        {
          day: "2026-04-14",
          path: "/posts/a/",
          channel: "search",
          source: "Google",
          campaign: "",
          views: 1,
          visitors: 1,
          engagedReads: 0,
          readThroughs: 0,
          engagedMs: 29_999,
          goals: 1,
          outboundClicks: 0,
        },
        {
          day: "2026-04-14",
          path: "/posts/a/",
          channel: "social",
          source: "LinkedIn",
          campaign: "",
          views: 2,
          visitors: 2,
          engagedReads: 2,
          readThroughs: 1,
          engagedMs: 55_000,
          goals: 2,
          outboundClicks: 1,
        },
        {
          day: "2026-04-14",
          path: "/posts/b/",
          channel: "search",
          source: "Google",
          campaign: "",
          views: 2,
          visitors: 1,
          engagedReads: 0,
          readThroughs: 0,
          engagedMs: 1_000,
          goals: 1,
          outboundClicks: 0,
        },
        {
          day: "2026-04-15",
          path: "/posts/a/",
          channel: "direct",
          source: "Direct",
          campaign: "",
          views: 2,
          visitors: 1,
          engagedReads: 1,
          readThroughs: 1,
          engagedMs: 60_000,
          goals: 1,
          outboundClicks: 0,
        },
      ],
      // Each goal is credited to the channel of the pageview it happened on.
      goals: [
        {
          day: "2026-04-14",
          path: "/posts/a/",
          name: "contact",
          channel: "social",
          source: "LinkedIn",
          campaign: "",
          conversions: 2,
        },
        {
          day: "2026-04-14",
          path: "/posts/a/",
          name: "subscribe",
          channel: "search",
          source: "Google",
          campaign: "",
          conversions: 1,
        },
        {
          day: "2026-04-14",
          path: "/posts/b/",
          name: "contact",
          channel: "search",
          source: "Google",
          campaign: "",
          conversions: 1,
        },
        {
          day: "2026-04-15",
          path: "/posts/a/",
          name: "contact",
          channel: "direct",
          source: "Direct",
          campaign: "",
          conversions: 1,
        },
      ],
      site: [
        { day: "2026-04-14", views: 7, visitors: 3 },
        { day: "2026-04-15", views: 2, visitors: 1 },
      ],
    });
  });

  it("rolls up only the day it is given", async () => {
    const db = openDatabase();
    for (const day of makeTwoDays("2026-04-20", "2026-04-21")) await seedDay(db, day);
    await rollUpDay(db, "2026-04-21");
    const { pages, sources, goals, site } = await readRollUps(db);
    const days = [...pages, ...sources, ...goals, ...site].map((row) => row.day);
    expect(new Set(days)).toStrictEqual(new Set(["2026-04-21"]));
  });

  it("writes no row when it runs again without new events", async () => {
    const db = openDatabase();
    for (const day of makeTwoDays("2026-04-24", "2026-04-25")) await seedDay(db, day);
    expect(await rollUpDay(db, "2026-04-24")).toBeGreaterThan(0);
    const first = await readRollUps(db);
    expect(await rollUpDay(db, "2026-04-24")).toBe(0);
    expect(await readRollUps(db)).toStrictEqual(first);
  });

  it("writes nothing for a day without events", async () => {
    const db = openDatabase();
    expect(await rollUpDay(db, "2026-04-27")).toBe(0);
    expect(await readRollUps(db)).toStrictEqual({ pages: [], sources: [], goals: [], site: [] });
  });

  it("updates only the rows that a new event changes", async () => {
    const db = openDatabase();
    const [first] = makeTwoDays("2026-04-28", "2026-04-29");
    if (!first) throw new Error("no first day");
    await seedDay(db, first);
    await rollUpDay(db, "2026-04-28");
    const before = await readRollUps(db);
    // A new reader comes to /posts/b/ from Google: one page, one source and the site change,
    // the day's country, device and browser rows (the reader adds a visitor to each), and the
    // page's reading histogram: its 0 s and its 0 % bucket each count one more view.
    await seedDay(db, {
      day: "2026-04-28",
      views: [{ reader: "anna", path: "/posts/b/", referrer: "https://www.google.de/" }],
      goals: [],
      outbound: [],
    });
    expect(await rollUpDay(db, "2026-04-28")).toBe(8);
    const after = await readRollUps(db);
    const changed = (rows: object[], earlier: object[]) =>
      rows.filter((row) => !earlier.some((old) => JSON.stringify(old) === JSON.stringify(row)));
    expect(changed(after.pages, before.pages)).toStrictEqual([
      expect.objectContaining({ path: "/posts/b/", views: 3, visitors: 2 }),
    ]);
    expect(changed(after.sources, before.sources)).toStrictEqual([
      expect.objectContaining({ path: "/posts/b/", source: "Google", views: 3, visitors: 2 }),
    ]);
    expect(changed(after.goals, before.goals)).toStrictEqual([]);
    expect(after.site).toStrictEqual([{ day: "2026-04-28", views: 8, visitors: 3 }]);
  });

  it("counts a goal and an outbound click on a page without a view that day in its page roll-up", async () => {
    // A reader opens /posts/c/ just before midnight UTC and clicks after it: the
    // goal and the click belong to the next day, which has no view of the page.
    const db = openDatabase();
    await seedDay(db, {
      day: "2026-05-02",
      views: [{ reader: "ben", path: "/posts/a/" }],
      goals: [{ path: "/posts/c/", name: "contact" }],
      outbound: ["/posts/c/"],
    });
    await rollUpDay(db, "2026-05-02");
    const { pages, goals } = await readRollUps(db);
    expect(goals).toStrictEqual([
      {
        day: "2026-05-02",
        path: "/posts/c/",
        name: "contact",
        channel: "direct",
        source: "Direct",
        campaign: "",
        conversions: 1,
      },
    ]);
    const pageTotals = {
      goals: pages.reduce((sum, row) => sum + row.goals, 0),
      outboundClicks: pages.reduce((sum, row) => sum + row.outboundClicks, 0),
    };
    expect(pageTotals).toStrictEqual({ goals: 1, outboundClicks: 1 });
  });
});
