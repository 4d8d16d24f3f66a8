import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import app from "../../functions/app";
import {
  comments,
  dailyDimensionStats,
  dailyGoalStats,
  dailyOutboundStats,
  dailyPageStats,
  dailySiteStats,
  dailySourceStats,
  postTopics,
} from "../../functions/db/schema";
import { maxExportRows } from "../../functions/queries/paging";
import { insertPost } from "./support/comments";
import { openDatabase, siteOrigin } from "./support/events";

const secrets = { ...env, AUTHOR_API_TOKEN: "paging-token-0123456789abcdef0123456789" };
const period = "from=2026-03-01&to=2026-03-10";
const days = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];
const names = ["a", "b", "c", "d", "e"];

function getAsAuthor(path: string) {
  return app.request(
    `${siteOrigin}${path}`,
    { headers: { Authorization: `Bearer ${secrets.AUTHOR_API_TOKEN}` } },
    secrets,
  );
}

/** Five of everything a table can list: posts with topics, sources, campaigns, goals, days, comments. */
async function seedFiveOfEach(): Promise<void> {
  const db = openDatabase();
  for (const name of names) {
    await insertPost({ slug: name, pubDate: "2026-01-01" });
    await db.insert(postTopics).values({ postSlug: name, topicSlug: `topic-${name}`, topicName: `Topic ${name}` });
  }
  const counts = { visitors: 5, engagedReads: 2, readThroughs: 1, engagedMs: 9000, goals: 1, outboundClicks: 1 };
  // One day per statement: D1 binds at most 100 values to one.
  for (const [d, day] of days.entries()) {
    await db
      .insert(dailyPageStats)
      .values(names.map((name, n) => ({ day, path: `/posts/${name}/`, views: 10 + d + n, ...counts })));
  }
  await db.insert(dailySourceStats).values(
    names.map((name, n) => ({
      day: days[0] ?? "",
      path: `/posts/${name}/`,
      channel: ["social", "search", "referral", "email", "campaign"][n] ?? "referral",
      source: `source-${name}`,
      campaign: `campaign-${name}`,
      views: 10 + n,
      ...counts,
    })),
  );
  await db.insert(dailyGoalStats).values(
    names.map((name, n) => ({
      day: days[0] ?? "",
      path: `/posts/${name}/`,
      name: `goal-${name}`,
      conversions: 1 + n,
    })),
  );
  await db
    .insert(dailyOutboundStats)
    .values(
      names.map((name, n) => ({ day: days[0] ?? "", path: "/posts/a/", targetHost: `${name}.example`, clicks: 1 + n })),
    );
  await db.insert(dailyDimensionStats).values(
    names.map((name, n) => ({
      day: days[0] ?? "",
      dimension: "country" as const,
      value: name.toUpperCase().repeat(2),
      views: n + 1,
      visitors: 1,
    })),
  );
  await db.insert(dailySiteStats).values(days.map((day) => ({ day, views: 50, visitors: 25 })));
  await db.insert(comments).values(
    names.map((name, n) => ({
      postSlug: name,
      name: "Ada",
      text: `Comment ${n}`,
      status: "pending" as const,
      createdAt: Date.parse("2026-03-04T10:00:00Z") + n,
    })),
  );
}

const anyBody = z.record(z.string(), z.unknown());

/** Every page of `path` at `limit` rows, following `nextPage`, and the Link header each page had. */
async function readAllPages(path: string, key: string, limit: number) {
  const pages: unknown[][] = [];
  let page: number | undefined = 1;
  while (page !== undefined) {
    const separator = path.includes("?") ? "&" : "?";
    const response = await getAsAuthor(`${path}${separator}limit=${limit}&page=${page}`);
    expect(response.status).toBe(200);
    const body = anyBody.parse(await response.json());
    const rows = z.array(z.unknown()).parse(body[key]);
    const next = z.number().optional().parse(body["nextPage"]);
    expect(rows.length).toBeLessThanOrEqual(limit);
    const link = response.headers.get("Link");
    if (next === undefined) expect(link).toBeNull();
    else expect(link).toBe(`<${path}${separator}limit=${limit}&page=${next}>; rel="next"`);
    pages.push(rows);
    page = next;
    expect(pages.length).toBeLessThan(50);
  }
  return pages;
}

const tables = [
  { path: `/api/admin/stats/campaigns?${period}`, key: "campaigns" },
  { path: `/api/admin/stats/goals?${period}`, key: "goals" },
  { path: `/api/admin/stats/sources?${period}`, key: "sources" },
  { path: `/api/admin/stats/posts?${period}`, key: "posts" },
  { path: `/api/admin/stats/dimensions?${period}`, key: "dimensions" },
  { path: `/api/admin/stats/overview?${period}`, key: "overview" },
  { path: `/api/admin/stats/matrix?${period}`, key: "matrix" },
  { path: `/api/admin/stats/topics?${period}`, key: "topics" },
  { path: `/api/admin/stats/post/days?${period}&post=a`, key: "post-days" },
  { path: `/api/admin/stats/post/outbound?${period}&post=a`, key: "post-outbound" },
  { path: "/api/admin/comments?status=pending", key: "comments" },
  { path: "/api/admin/comments/export", key: "comments" },
];

describe("every export and list of the author's API comes in pages", () => {
  it.each(tables)("$path: pages of 2 rows, followed by nextPage, add up to the whole table", async ({ path, key }) => {
    await seedFiveOfEach();
    const whole = await readAllPages(path, key, 500);
    expect(whole).toHaveLength(1);
    const rows = whole[0] ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const pages = await readAllPages(path, key, 2);
    expect(pages.length).toBe(Math.ceil(rows.length / 2));
    expect(pages.flat()).toStrictEqual(rows);
  });

  it("names the next page of a CSV export in its Link header only", async () => {
    await seedFiveOfEach();
    const response = await getAsAuthor(`/api/admin/stats/campaigns?${period}&format=csv&limit=2`);
    expect(response.headers.get("Link")).toBe(
      `</api/admin/stats/campaigns?from=2026-03-01&to=2026-03-10&format=csv&limit=2&page=2>; rel="next"`,
    );
    expect((await response.text()).trim().split("\r\n")).toHaveLength(3);
    const second = await getAsAuthor(`/api/admin/stats/campaigns?${period}&format=csv&limit=2&page=2`);
    expect(second.headers.get("Content-Disposition")).toBe('attachment; filename="resonanz-campaigns-page-2.csv"');
  });

  it.each([
    `/api/admin/stats/campaigns?${period}&limit=0`,
    `/api/admin/stats/goals?${period}&limit=${maxExportRows + 1}`,
    `/api/admin/stats/posts?${period}&page=0`,
    `/api/admin/stats/sources?${period}&page=two`,
    "/api/admin/comments/export?limit=-1",
    "/api/admin/comments?limit=501",
  ])("refuses %s with 400 and names the parameter", async (path) => {
    const response = await getAsAuthor(path);
    expect(response.status).toBe(400);
    expect(anyBody.parse(await response.json())["error"]).toMatch(/^(limit|page)/);
  });
});
