import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import app from "../../functions/app";
import { comments, dailyPageStats, dailySourceStats, posts, postTopics } from "../../functions/db/schema";
import { openDatabase, siteOrigin } from "./support/events";

const secrets = { ...env, AUTHOR_API_TOKEN: "stats-token-0123456789abcdef0123456789" };
const topicsBody = z.object({ topics: z.array(z.record(z.string(), z.unknown())) });

function getStats(path: string) {
  return app.request(
    `${siteOrigin}/api/admin/stats/${path}`,
    { headers: { Authorization: `Bearer ${secrets.AUTHOR_API_TOKEN}` } },
    secrets,
  );
}

/** Two topics on three posts, numbers chosen so that the result can be computed by hand. */
async function seedTwoTopics(): Promise<void> {
  await openDatabase()
    .insert(posts)
    .values([
      { slug: "a", path: "/posts/a/", title: "A", lang: "de", pubDate: "2026-01-01", comments: "open" },
      { slug: "b", path: "/posts/b/", title: "B", lang: "de", pubDate: "2026-01-01", comments: "open" },
      { slug: "c", path: "/posts/c/", title: "C", lang: "en", pubDate: "2026-01-01", comments: "open" },
    ]);
  await openDatabase()
    .insert(postTopics)
    .values([
      { postSlug: "a", topicSlug: "privacy", topicName: "Privacy" },
      { postSlug: "b", topicSlug: "social", topicName: "Social" },
      { postSlug: "c", topicSlug: "social", topicName: "Social" },
    ]);
  const page = (day: string, path: string, views: number, engagedReads: number, goals = 0) => ({
    day,
    path,
    views,
    visitors: views,
    engagedReads,
    readThroughs: 0,
    engagedMs: 0,
    goals,
    outboundClicks: 0,
  });
  await openDatabase()
    .insert(dailyPageStats)
    .values([
      // Period 2026-03-01..03-10: privacy 400 views / 200 engaged on one post; social 600 / 60 on two.
      page("2026-03-05", "/posts/a/", 400, 200, 10),
      page("2026-03-05", "/posts/b/", 300, 30),
      page("2026-03-06", "/posts/c/", 300, 30),
      // The ten days before: privacy had 100 engaged reads, social 60.
      page("2026-02-25", "/posts/a/", 200, 100),
      page("2026-02-25", "/posts/b/", 300, 60),
    ]);
  await openDatabase()
    .insert(dailySourceStats)
    .values([
      {
        day: "2026-03-05",
        path: "/posts/a/",
        channel: "social",
        source: "LinkedIn",
        views: 300,
        visitors: 250,
        engagedReads: 180,
      },
      {
        day: "2026-03-05",
        path: "/posts/a/",
        channel: "search",
        source: "Google",
        views: 100,
        visitors: 90,
        engagedReads: 20,
      },
      {
        day: "2026-03-05",
        path: "/posts/b/",
        channel: "internal",
        source: "Internal",
        views: 300,
        visitors: 300,
        engagedReads: 30,
      },
    ]);
  await openDatabase()
    .insert(comments)
    .values({ postSlug: "a", name: "R", text: "x", status: "approved", createdAt: Date.parse("2026-03-07T10:00:00Z") });
}

describe("GET /api/admin/stats/topics", () => {
  it("ranks topics with their parts, score and trend, computed by hand", async () => {
    await seedTwoTopics();
    const response = await getStats("topics?from=2026-03-01&to=2026-03-10");
    expect(response.status).toBe(200);
    const { topics } = topicsBody.parse(await response.json());
    expect(topics.map((topic) => topic["slug"])).toEqual(["privacy", "social"]);
    // Site (posts only): 260 engaged reads, 1 comment + 10 goals → response rate 11/260, with
    // the weight of 50 engaged reads as prior. With two topics there is nothing to pool, so
    // reads per post-day are the topics' own: privacy 200 in 10 post-days, social 60 in 20.
    const siteResponse = 11 / 260;
    const privacyRate = (11 + 50 * siteResponse) / (200 + 50);
    const socialRate = (0 + 50 * siteResponse) / (60 + 50);
    expect(topics[0]).toMatchObject({
      topic: "Privacy",
      posts: 1,
      postDays: 10,
      views: 400,
      engagedReads: 200,
      comments: 1,
      goals: 10,
      readsPerPostDay: 20,
    });
    expect(topics[0]?.["responseRate"]).toBeCloseTo(privacyRate, 10);
    expect(topics[0]?.["score"]).toBeCloseTo(20 * (1 + 10 * privacyRate), 8);
    expect(topics[1]).toMatchObject({ topic: "Social", posts: 2, postDays: 20, views: 600, engagedReads: 60 });
    expect(topics[1]?.["score"]).toBeCloseTo(3 * (1 + 10 * socialRate), 8);
    for (const topic of topics) {
      const score = Number(topic["score"]);
      expect(topic["interval"]).toEqual({ low: expect.any(Number), high: expect.any(Number) });
      const interval = z.object({ low: z.number(), high: z.number() }).parse(topic["interval"]);
      expect(interval.low).toBeLessThan(score);
      expect(interval.high).toBeGreaterThan(score);
    }
    // Per post-day, privacy doubled (20 → 10), social stayed (3 → 3). Privacy's reads came in
    // one day each period: a burst, which the test does not take for a change.
    expect(topics[0]?.["trend"]).toMatchObject({ change: 1, significant: false, status: "steady" });
    expect(topics[1]?.["trend"]).toMatchObject({ change: 0, significant: false, status: "steady" });
    expect(Object.keys(topics[0] ?? {}).sort()).toEqual(
      [
        "topic",
        "slug",
        "posts",
        "postDays",
        "views",
        "visitors",
        "engagedReads",
        "comments",
        "goals",
        "readThroughRate",
        "readsPerPostDay",
        "responseRate",
        "score",
        "interval",
        "lowSample",
        "trend",
        "series",
      ].sort(),
    );
  });

  it("leaves today out of the ranking and the trend", async () => {
    await seedTwoTopics();
    const today = new Date().toISOString().slice(0, 10);
    const response = await getStats(`topics?from=${today}&to=${today}`);
    expect(await response.json()).toEqual({ topics: [] });
  });

  it("exports the same table as CSV", async () => {
    await seedTwoTopics();
    const response = await getStats("topics?from=2026-03-01&to=2026-03-10&format=csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const [header, first] = (await response.text()).split("\r\n");
    expect(header?.split(",").slice(0, 3)).toEqual(["topic", "slug", "posts"]);
    expect(first?.startsWith("Privacy,privacy,1,")).toBe(true);
  });
});

describe("GET /api/admin/stats/sources and posts", () => {
  it("lists sources without internal navigation, and posts with their numbers", async () => {
    await seedTwoTopics();
    const sources = await (await getStats("sources?from=2026-03-01&to=2026-03-10")).json();
    expect(sources).toEqual({
      sources: [
        { channel: "social", source: "LinkedIn", views: 300, visitors: 250, engagedReads: 180, goals: 0, comments: 0 },
        { channel: "search", source: "Google", views: 100, visitors: 90, engagedReads: 20, goals: 0, comments: 0 },
        // The comment was stored without a pageview to credit (no JavaScript).
        { channel: "none", source: "none", views: 0, visitors: 0, engagedReads: 0, goals: 0, comments: 1 },
      ],
    });
    const postsOfSocial = await (await getStats("posts?from=2026-03-01&to=2026-03-10&topic=social")).json();
    expect(postsOfSocial).toEqual({
      posts: [
        {
          slug: "b",
          title: "B",
          topics: ["Social"],
          views: 300,
          visitors: 300,
          engagedReads: 30,
          readThroughs: 0,
          comments: 0,
          goals: 0,
        },
        {
          slug: "c",
          title: "C",
          topics: ["Social"],
          views: 300,
          visitors: 300,
          engagedReads: 30,
          readThroughs: 0,
          comments: 0,
          goals: 0,
        },
      ],
    });
  });

  it.each(["from=2026-03-10&to=2026-03-01", "from=yesterday&to=2026-03-01", "to=2026-03-01"])(
    "refuses the period %s with 400",
    async (query) => {
      const response = await getStats(`topics?${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toHaveProperty("error");
    },
  );
});
