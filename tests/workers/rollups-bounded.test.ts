import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { syncCatalog } from "../../functions/analytics/catalog";
import { notAPageValue, otherValue } from "../../functions/analytics/fold-values";
import { rollUpDay } from "../../functions/analytics/rollups";
import { analyticsConfig } from "../../site.config";
import { openDatabase } from "./support/events";

const limit = analyticsConfig.distinctValuesPerDay;
const day = "2026-07-01";

interface RawView {
  path?: string;
  source?: string;
  campaign?: string | null;
}

/** Raw pageviews as the collector stores them, written directly: the roll-ups are under test here. */
async function insertViews(views: RawView[]): Promise<void> {
  const statement = env.DB.prepare(`INSERT INTO pageviews (day, page_id, visitor_id, created_at, path, channel, source,
    utm_campaign, device, browser) VALUES (?, ?, ?, 0, ?, 'referral', ?, ?, 'desktop', 'Chrome')`);
  await env.DB.batch(
    views.map((view, n) =>
      statement.bind(
        day,
        `view${n}x${crypto.randomUUID().slice(0, 8)}`,
        `visitor${n}`,
        view.path ?? "/posts/a/",
        view.source ?? "example.org",
        view.campaign ?? null,
      ),
    ),
  );
}

async function insertActs(kind: "goal" | "outbound", values: string[]): Promise<void> {
  const statement =
    kind === "goal"
      ? env.DB.prepare(`INSERT INTO goal_events (day, page_id, path, name, created_at, channel, source)
          VALUES (?, ?, '/posts/a/', ?, 0, 'direct', 'Direct')`)
      : env.DB.prepare(`INSERT INTO outbound_clicks (day, page_id, path, target_host, created_at, channel, source)
          VALUES (?, ?, '/posts/a/', ?, 0, 'direct', 'Direct')`);
  await env.DB.batch(values.map((value, n) => statement.bind(day, `act${n}`, value)));
}

async function distinct(table: string, column: string, where = "true"): Promise<Map<string, number>> {
  const weight = table === "daily_goal_stats" ? "conversions" : table === "daily_outbound_stats" ? "clicks" : "views";
  const rows = await openDatabase().all<{ value: string; total: number }>(
    sql.raw(
      `SELECT ${column} AS value, sum(${weight}) AS total FROM ${table} WHERE day = '${day}' AND ${where} GROUP BY ${column}`,
    ),
  );
  return new Map(rows.map((row) => [row.value, row.total]));
}

const junk = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => `${prefix}-${n}`);
const sum = (values: Map<string, number>) => [...values.values()].reduce((a, b) => a + b, 0);

describe("rollUpDay keeps a bounded number of distinct values per day", () => {
  it(`keeps the ${limit} most frequent campaigns and counts the rest as "${otherValue}"`, async () => {
    const real = Array.from({ length: 5 }, () => ({ campaign: "newsletter-7" }));
    const spam = junk("spam", limit + 50).map((campaign) => ({ campaign }));
    await insertViews([...real, ...spam]);
    await rollUpDay(openDatabase(), day);
    for (const [table, column, where] of [
      ["daily_dimension_stats", "value", "dimension = 'campaign'"],
      ["daily_source_stats", "campaign", "campaign != ''"],
    ] as const) {
      const campaigns = await distinct(table, column, where);
      expect(campaigns.size).toBeLessThanOrEqual(limit + 1);
      expect(campaigns.get("newsletter-7")).toBe(5);
      expect(campaigns.get(otherValue)).toBeGreaterThanOrEqual(50);
      expect(sum(campaigns)).toBe(real.length + spam.length);
    }
  });

  it(`keeps the ${limit} most frequent sources (referrer hosts), so referrer spam cannot flood the tables`, async () => {
    const real = Array.from({ length: 3 }, () => ({ source: "news.ycombinator.com" }));
    const spam = junk("seo-offer", limit * 2).map((host) => ({ source: `${host}.example` }));
    await insertViews([...real, ...spam]);
    await rollUpDay(openDatabase(), day);
    const sources = await distinct("daily_source_stats", "source");
    expect(sources.size).toBeLessThanOrEqual(limit + 1);
    expect(sources.get("news.ycombinator.com")).toBe(3);
    expect(sources.get(otherValue)).toBe(limit + 1);
    expect(sum(sources)).toBe(real.length + spam.length);
  });

  it(`keeps the ${limit} most frequent goal names and outbound hosts`, async () => {
    await insertViews([{}]);
    await insertActs("goal", junk("goal", limit + 20));
    await insertActs(
      "outbound",
      junk("host", limit + 20).map((host) => `${host}.example`),
    );
    await rollUpDay(openDatabase(), day);
    const names = await distinct("daily_goal_stats", "name");
    const hosts = await distinct("daily_outbound_stats", "target_host");
    expect([names.size, hosts.size]).toStrictEqual([limit + 1, limit + 1]);
    expect([names.get(otherValue), hosts.get(otherValue)]).toStrictEqual([20, 20]);
  });

  it(`counts paths that are not pages of the site as one "${notAPageValue}" row, and keeps the pages`, async () => {
    await syncCatalog(openDatabase(), { posts: [], pages: ["/", "/posts/a/"] }, new Date());
    await insertViews([
      { path: "/posts/a/" },
      { path: "/posts/a/" },
      { path: "/" },
      ...junk("/wp-admin/x", limit + 10).map((path) => ({ path })),
      { path: "/.env" },
    ]);
    await rollUpDay(openDatabase(), day);
    for (const table of ["daily_page_stats", "daily_source_stats", "daily_reading_stats"]) {
      const paths = await distinct(table, "path");
      const scale = table === "daily_reading_stats" ? 2 : 1;
      expect(Object.fromEntries(paths)).toStrictEqual({
        "/": scale,
        "/posts/a/": 2 * scale,
        [notAPageValue]: (limit + 11) * scale,
      });
    }
  });

  it("keeps every path before the first catalog sync, when the site's pages are not known yet", async () => {
    await insertViews([{ path: "/posts/a/" }, { path: "/posts/new/" }]);
    await rollUpDay(openDatabase(), day);
    expect(Object.fromEntries(await distinct("daily_page_stats", "path"))).toStrictEqual({
      "/posts/a/": 1,
      "/posts/new/": 1,
    });
  });
});
