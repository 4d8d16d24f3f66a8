import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dailyBotHits, goalEvents, outboundClicks, pageviews } from "../../functions/db/schema";
import {
  chromeUserAgent,
  firefoxUserAgent,
  googlebotUserAgent,
  makeEngagement,
  makeGoal,
  makeOutbound,
  makePageId,
  makePageview,
  openDatabase,
  postEvent,
  postJson,
  siteOrigin,
} from "./support/events";
import { countEventRows, readAllCells } from "./support/tables";

const today = "2026-05-12";

// The collector takes the day from the clock; a fixed clock keeps a run that crosses
// midnight UTC from splitting one test's events over two days.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${today}T09:30:00Z`));
});

afterEach(() => {
  vi.useRealTimers();
});

async function expectAccepted(response: Promise<Response>): Promise<void> {
  const answer = await response;
  expect(answer.status).toBe(202);
  expect(await answer.text()).toBe("");
}

describe("POST /api/event counts pageviews", () => {
  it.each(["application/json", "application/json; charset=utf-8", "text/plain", "text/plain;charset=UTF-8"])(
    "counts the documented request sent as %s",
    async (contentType) => {
      const body = JSON.stringify({
        type: "pageview",
        url: `${siteOrigin}/posts/why-pageviews-lie/?utm_source=x`,
        referrer: "https://www.linkedin.com/",
      });
      await expectAccepted(postEvent(body, { contentType }));
      const rows = await openDatabase().select().from(pageviews);
      expect(rows).toStrictEqual([
        expect.objectContaining({
          day: today,
          path: "/posts/why-pageviews-lie/",
          channel: "social",
          source: "X",
          referrerHost: "www.linkedin.com",
          utmSource: "x",
          utmMedium: null,
          device: "desktop",
          browser: "Chrome",
          engagedMs: 0,
          scrollDepth: 0,
        }),
      ]);
    },
  );

  it.each([
    { origin: "http://127.0.0.1:8788", url: "http://127.0.0.1:8788/posts/x/" },
    { origin: "http://localhost:4321", url: "http://localhost:4321/posts/x" },
    { origin: "http://127.0.0.1:8788", url: `${siteOrigin}/posts/x/` },
  ])("accepts $url sent to a local preview at $origin", async ({ origin, url }) => {
    await expectAccepted(postJson(makePageview({ url }), { origin }));
    const rows = await openDatabase().select({ path: pageviews.path }).from(pageviews);
    expect(rows).toStrictEqual([{ path: "/posts/x/" }]);
  });

  it("names the app of an android-app:// referrer", async () => {
    await expectAccepted(postJson(makePageview({ referrer: "android-app://com.linkedin.android/" })));
    const rows = await openDatabase()
      .select({ channel: pageviews.channel, source: pageviews.source, referrerHost: pageviews.referrerHost })
      .from(pageviews);
    expect(rows).toStrictEqual([{ channel: "social", source: "LinkedIn", referrerHost: "com.linkedin.android" }]);
  });

  it("treats a referrer from the preview host as internal navigation", async () => {
    const origin = "http://127.0.0.1:8788";
    await expectAccepted(postJson(makePageview({ url: `${origin}/posts/x/`, referrer: `${origin}/` }), { origin }));
    const rows = await openDatabase()
      .select({ channel: pageviews.channel, referrerHost: pageviews.referrerHost })
      .from(pageviews);
    expect(rows).toStrictEqual([{ channel: "internal", referrerHost: null }]);
  });

  it("stores a repeated pageId once", async () => {
    const pageId = makePageId();
    const pageview = makePageview({ pageId });
    await expectAccepted(postJson(pageview));
    await expectAccepted(postJson(pageview));
    expect(await openDatabase().select({ pageId: pageviews.pageId }).from(pageviews)).toStrictEqual([{ pageId }]);
  });
});

describe("POST /api/event keeps no IP address and no User-Agent", () => {
  const senders = [
    { ip: "198.51.100.77", userAgent: chromeUserAgent },
    { ip: "2001:db8::4f:17", userAgent: firefoxUserAgent },
    { ip: "192.0.2.201", userAgent: googlebotUserAgent },
  ];

  it("stores every kind of event without either, in any column of any table", async () => {
    for (const sender of senders) {
      const pageId = makePageId();
      const pageview = makePageview({ pageId, referrer: "https://www.google.de/" });
      await expectAccepted(postJson(pageview, sender));
      await expectAccepted(postJson(makeEngagement({ pageId }), sender));
      await expectAccepted(postJson(makeGoal({ pageId }), sender));
      await expectAccepted(postJson(makeOutbound({ pageId }), sender));
    }
    // Two readers and one crawler: proof that the scan below looks at rows that exist.
    expect(await countEventRows()).toMatchObject({
      pageviews: 2,
      goal_events: 2,
      outbound_clicks: 2,
      daily_bot_hits: 1,
    });
    const cells = await readAllCells();
    for (const { ip, userAgent } of senders) {
      expect(cells.filter(({ value }) => value.includes(ip))).toStrictEqual([]);
      expect(cells.filter(({ value }) => value.includes(userAgent))).toStrictEqual([]);
    }
  });
});

describe("POST /api/event filters bots", () => {
  const crawlers = [
    googlebotUserAgent,
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "curl/8.5.0",
  ];

  it.each([1, 2, 5])("counts %i crawler pageviews in daily_bot_hits and stores none", async (hits) => {
    for (const userAgent of crawlers.slice(0, hits)) await expectAccepted(postJson(makePageview(), { userAgent }));
    const db = openDatabase();
    expect(await db.select().from(pageviews)).toStrictEqual([]);
    expect(await db.select().from(dailyBotHits)).toStrictEqual([{ day: today, hits }]);
  });

  it("counts a pageview the tracker marks as automated (bot: true) as a bot hit", async () => {
    await expectAccepted(postJson(makePageview({ bot: true })));
    const db = openDatabase();
    expect(await db.select().from(pageviews)).toStrictEqual([]);
    expect(await db.select().from(dailyBotHits)).toStrictEqual([{ day: today, hits: 1 }]);
  });

  it("stores no engagement, goal or outbound click from a crawler", async () => {
    const pageId = makePageId();
    const pageview = makePageview({ pageId });
    await expectAccepted(postJson(pageview));
    const userAgent = googlebotUserAgent;
    await expectAccepted(postJson(makeEngagement({ pageId }), { userAgent }));
    await expectAccepted(postJson(makeGoal({ pageId }), { userAgent }));
    await expectAccepted(postJson(makeOutbound({ pageId }), { userAgent }));
    const db = openDatabase();
    expect(
      await db.select({ engagedMs: pageviews.engagedMs, scrollDepth: pageviews.scrollDepth }).from(pageviews),
    ).toStrictEqual([{ engagedMs: 0, scrollDepth: 0 }]);
    expect(await countEventRows()).toMatchObject({ goal_events: 0, outbound_clicks: 0 });
  });
});

describe("POST /api/event records engagement", () => {
  it.each<{ reports: [number, number][]; expected: { engagedMs: number; scrollDepth: number } }>([
    { reports: [[40_000, 60]], expected: { engagedMs: 40_000, scrollDepth: 60 } },
    {
      reports: [
        [40_000, 60],
        [10_000, 90],
      ],
      expected: { engagedMs: 40_000, scrollDepth: 90 },
    },
    {
      reports: [
        [10_000, 90],
        [40_000, 60],
      ],
      expected: { engagedMs: 40_000, scrollDepth: 90 },
    },
    {
      reports: [
        [40_000, 90],
        [5_000, 10],
      ],
      expected: { engagedMs: 40_000, scrollDepth: 90 },
    },
    { reports: [[0, 0]], expected: { engagedMs: 0, scrollDepth: 0 } },
  ])("keeps the highest of each value reported: $reports", async ({ reports, expected }) => {
    const pageId = makePageId();
    const pageview = makePageview({ pageId });
    await expectAccepted(postJson(pageview));
    for (const [engagedMs, scrollDepth] of reports) {
      await expectAccepted(postJson(makeEngagement({ pageId, engagedMs, scrollDepth })));
    }
    const rows = await openDatabase()
      .select({ engagedMs: pageviews.engagedMs, scrollDepth: pageviews.scrollDepth })
      .from(pageviews);
    expect(rows).toStrictEqual([expected]);
  });

  it("stores nothing for an engagement whose pageId was never viewed", async () => {
    const pageId = makePageId();
    const pageview = makePageview({ pageId });
    await expectAccepted(postJson(pageview));
    await expectAccepted(postJson(makeEngagement({ pageId: makePageId() })));
    const rows = await openDatabase()
      .select({ pageId: pageviews.pageId, engagedMs: pageviews.engagedMs, scrollDepth: pageviews.scrollDepth })
      .from(pageviews);
    expect(rows).toStrictEqual([{ pageId, engagedMs: 0, scrollDepth: 0 }]);
  });

  it("adds the engagement of a page opened before midnight UTC to that day's pageview", async () => {
    const pageId = makePageId();
    const pageview = makePageview({ pageId });
    vi.setSystemTime(new Date(`${today}T23:59:50Z`));
    await expectAccepted(postJson(pageview));
    vi.setSystemTime(new Date("2026-05-13T00:00:20Z"));
    await expectAccepted(postJson(makeEngagement({ pageId, engagedMs: 31_000, scrollDepth: 40 })));
    const rows = await openDatabase()
      .select({ day: pageviews.day, engagedMs: pageviews.engagedMs, scrollDepth: pageviews.scrollDepth })
      .from(pageviews);
    expect(rows).toStrictEqual([{ day: today, engagedMs: 31_000, scrollDepth: 40 }]);
  });
});

describe("POST /api/event records goals and outbound clicks", () => {
  it("stores one goal row with the page path and the goal name in lower case", async () => {
    const pageId = makePageId();
    await expectAccepted(postJson(makePageview({ url: `${siteOrigin}/posts/x/`, pageId })));
    await expectAccepted(
      postJson(makeGoal({ url: `${siteOrigin}/posts/x?ref=footer#kontakt`, pageId, name: "Contact" })),
    );
    const rows = await openDatabase().select().from(goalEvents);
    expect(rows).toStrictEqual([expect.objectContaining({ day: today, pageId, path: "/posts/x/", name: "contact" })]);
  });

  it("drops a goal whose pageview was filtered as a bot", async () => {
    const pageId = makePageId();
    await expectAccepted(postJson(makePageview({ pageId, bot: true })));
    await expectAccepted(postJson(makeGoal({ pageId })));
    expect(await openDatabase().select().from(goalEvents)).toStrictEqual([]);
  });

  it("counts a goal once per pageview, however often it is clicked", async () => {
    const pageId = makePageId();
    await expectAccepted(postJson(makePageview({ pageId })));
    for (const name of ["contact", "Contact", "contact", "newsletter"]) {
      await expectAccepted(postJson(makeGoal({ pageId, name })));
    }
    await expectAccepted(postJson(makeGoal({ name: "contact" })));
    const rows = await openDatabase().select({ pageId: goalEvents.pageId, name: goalEvents.name }).from(goalEvents);
    expect(rows).toStrictEqual([
      { pageId, name: "contact" },
      { pageId, name: "newsletter" },
    ]);
  });

  it("stores one outbound row that keeps only the target's host", async () => {
    const target = "https://www.example.org/studie/2026?quelle=resonanz&nutzer=alex#teil-2";
    const pageId = makePageId();
    await expectAccepted(postJson(makePageview({ pageId })));
    await expectAccepted(postJson(makeOutbound({ pageId, target })));
    await expectAccepted(postJson(makeOutbound({ pageId, target: "https://www.example.org/other" })));
    const rows = await openDatabase().select().from(outboundClicks);
    expect(rows).toStrictEqual([
      expect.objectContaining({ day: today, path: "/posts/why-pageviews-lie/", targetHost: "www.example.org" }),
    ]);
    const cells = await readAllCells();
    expect(cells.filter(({ value }) => /studie|quelle|nutzer|teil-2/.test(value))).toStrictEqual([]);
  });
});

describe("POST /api/event visitor ids", () => {
  const reader = { ip: "203.0.113.40", userAgent: chromeUserAgent };

  it.each([
    { change: "nothing", second: reader, same: true },
    { change: "the IP address", second: { ...reader, ip: "203.0.113.41" }, same: false },
    { change: "the User-Agent", second: { ...reader, userAgent: firefoxUserAgent }, same: false },
  ])(
    "gives two pageviews on one day the same visitor id unless $change changes (same: $same)",
    async ({ second, same }) => {
      await expectAccepted(postJson(makePageview(), reader));
      await expectAccepted(postJson(makePageview({ url: `${siteOrigin}/` }), second));
      const rows = await openDatabase().select({ visitorId: pageviews.visitorId }).from(pageviews);
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((row) => row.visitorId)).size).toBe(same ? 1 : 2);
    },
  );
});
