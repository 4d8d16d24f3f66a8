import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eventsPerMinute } from "../../functions/analytics/event-limit";
import { deleteOldSalts } from "../../functions/analytics/salts";
import { goalEvents, outboundClicks, pageviews } from "../../functions/db/schema";
import {
  chromeUserAgent,
  firefoxUserAgent,
  makeGoal,
  makeOutbound,
  makePageId,
  makePageview,
  openDatabase,
  postJson,
  siteOrigin,
} from "./support/events";
import { readAllCells } from "./support/tables";

afterEach(() => {
  vi.useRealTimers();
});

async function countPageviews(): Promise<number> {
  return (await openDatabase().select({ id: pageviews.id }).from(pageviews)).length;
}

describe("POST /api/event limits each client", () => {
  // The binding counts in fixed windows of a minute of real time (miniflare and Cloudflare alike),
  // so a flood that happens to straddle two windows may pass the limit once in each.
  const windowOf = (ms: number) => Math.floor(ms / 60_000);

  it(`answers 429 past ${eventsPerMinute} events a minute from one client, stores none of them, and lets another client through`, async () => {
    const flooder = { ip: "192.0.2.66", userAgent: chromeUserAgent };
    const flood = eventsPerMinute + 30;
    const startWindow = windowOf(Date.now());
    const answers = await Promise.all(
      Array.from({ length: flood }, (_, n) =>
        postJson(makePageview({ url: `${siteOrigin}/posts/${n}/`, referrer: "https://spam.example/" }), flooder),
      ),
    );
    const sameWindow = startWindow === windowOf(Date.now());
    const refused = answers.filter((answer) => answer.status === 429);
    const stored = await countPageviews();
    expect(stored + refused.length).toBe(flood);
    if (sameWindow) expect(stored).toBe(eventsPerMinute);
    else expect(stored).toBeLessThanOrEqual(2 * eventsPerMinute);
    expect(refused.length).toBeGreaterThan(0);
    const [first] = refused;
    expect(first?.headers.get("Retry-After")).toBe("60");
    expect(await first?.json()).toStrictEqual({
      error: `rate: more than ${eventsPerMinute} events a minute from this client`,
    });

    const reader = await postJson(makePageview(), { ip: "192.0.2.67", userAgent: chromeUserAgent });
    expect(reader.status).toBe(202);
    expect(await countPageviews()).toBe(stored + 1);
  });

  it("passes Cloudflare's limiter a hash of the address, never the address, and stores neither", async () => {
    const keys: string[] = [];
    const recorder: RateLimit = {
      limit: async (options) => {
        keys.push(options.key);
        return { success: true };
      },
    };
    const ip = "203.0.113.177";
    const answer = await postJson(makePageview(), { ip, bindings: { ...env, EVENT_LIMITER: recorder } });
    expect(answer.status).toBe(202);
    expect(keys).toHaveLength(1);
    const [key = ""] = keys;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain(ip);
    const cells = (await readAllCells()).map((cell) => cell.value);
    expect(cells.filter((value) => value.includes(key) || value.includes(ip))).toStrictEqual([]);
  });

  it("counts an IPv6 client by its /64, so hopping addresses within it does not escape the limit", async () => {
    const answers = await Promise.all(
      Array.from({ length: eventsPerMinute + 10 }, (_, n) =>
        postJson(makePageview(), { ip: `2001:db8:66:1::${n.toString(16)}`, userAgent: chromeUserAgent }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
  });
});

describe("POST /api/event ignores another site's browser requests", () => {
  it.each([
    { name: "an Origin of another site", headers: { Origin: "https://evil.example" } },
    { name: "an opaque Origin", headers: { Origin: "null" } },
    { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" } },
    {
      name: "Sec-Fetch-Site: cross-site with the site's own Origin",
      headers: { Origin: siteOrigin, "Sec-Fetch-Site": "cross-site" },
    },
  ])("answers 204 and stores nothing for $name", async ({ headers }) => {
    const pageId = makePageId();
    const answer = await postJson(makePageview({ pageId }), { headers });
    expect(answer.status).toBe(204);
    expect(await countPageviews()).toBe(0);
  });

  it.each([
    { name: "no Origin and no Fetch Metadata (curl, an import)", headers: {}, origin: siteOrigin },
    {
      name: "the site's own Origin",
      headers: { Origin: siteOrigin, "Sec-Fetch-Site": "same-origin" },
      origin: siteOrigin,
    },
    { name: "Sec-Fetch-Site: same-site", headers: { "Sec-Fetch-Site": "same-site" }, origin: siteOrigin },
    { name: "Sec-Fetch-Site: none", headers: { "Sec-Fetch-Site": "none" }, origin: siteOrigin },
    {
      name: "a local preview's Origin sent to that preview",
      headers: { Origin: "http://127.0.0.1:8788", "Sec-Fetch-Site": "same-origin" },
      origin: "http://127.0.0.1:8788",
    },
  ])("counts a request with $name", async ({ headers, origin }) => {
    const answer = await postJson(makePageview(), { headers, origin });
    expect(answer.status).toBe(202);
    expect(await countPageviews()).toBe(1);
  });
});

describe("POST /api/event credits goals and outbound clicks only to the client that opened the page", () => {
  const reader = { ip: "203.0.113.80", userAgent: chromeUserAgent };

  it.each([
    { name: "another address", other: { ...reader, ip: "198.51.100.80" } },
    { name: "the same address with another browser", other: { ...reader, userAgent: firefoxUserAgent } },
  ])("drops a goal and an outbound click sent from $name with a known pageId", async ({ other }) => {
    const pageId = makePageId();
    expect((await postJson(makePageview({ pageId }), reader)).status).toBe(202);
    expect((await postJson(makeGoal({ pageId }), other)).status).toBe(202);
    expect((await postJson(makeOutbound({ pageId }), other)).status).toBe(202);
    expect(await openDatabase().select().from(goalEvents)).toStrictEqual([]);
    expect(await openDatabase().select().from(outboundClicks)).toStrictEqual([]);
  });

  it("counts the reader's own goal and outbound click", async () => {
    const pageId = makePageId();
    await postJson(makePageview({ pageId }), reader);
    await postJson(makeGoal({ pageId }), reader);
    await postJson(makeOutbound({ pageId }), reader);
    expect(await openDatabase().select({ pageId: goalEvents.pageId }).from(goalEvents)).toStrictEqual([{ pageId }]);
    expect(await openDatabase().select({ pageId: outboundClicks.pageId }).from(outboundClicks)).toStrictEqual([
      { pageId },
    ]);
  });

  it("counts a goal on a page left open over midnight while yesterday's salt is kept, and none once it is deleted", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const pageId = makePageId();
    vi.setSystemTime(new Date("2026-06-01T23:58:00Z"));
    await postJson(makePageview({ pageId }), reader);
    vi.setSystemTime(new Date("2026-06-02T00:01:00Z"));
    await postJson(makeGoal({ pageId, name: "contact" }), reader);
    await deleteOldSalts(openDatabase(), "2026-06-02");
    await postJson(makeGoal({ pageId, name: "newsletter" }), reader);
    expect(await openDatabase().select({ name: goalEvents.name }).from(goalEvents)).toStrictEqual([
      { name: "contact" },
    ]);
  });
});
