import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import app from "../../functions/app";
import { comments, dailyPageStats, dailySourceStats, posts, postTopics } from "../../functions/db/schema";
import { openDatabase, siteOrigin } from "./support/events";

const secrets = { ...env, AUTHOR_API_TOKEN: "stats-token-0123456789" };
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
    // Site: 1,000 views, 260 engaged reads, 1 comment + 10 goals → response rate 11/260.
    const siteResponse = 11 / 260;
    const privacyRate = (11 + 30 * siteResponse) / (200 + 30);
    const socialRate = (0 + 30 * siteResponse) / (60 + 30);
    expect(topics[0]).toMatchObject({
      topic: "Privacy",
      posts: 1,
      views: 400,
      engagedReads: 200,
      comments: 1,
      goals: 10,
    });
    expect(topics[0]?.["score"]).toBeCloseTo(200 * (1 + 10 * privacyRate), 8);
    expect(topics[1]).toMatchObject({ topic: "Social", posts: 2, views: 600, engagedReads: 60, comments: 0, goals: 0 });
    expect(topics[1]?.["score"]).toBeCloseTo(30 * (1 + 10 * socialRate), 8);
    // Privacy: 200 against 100 → z = 100/√300 ≈ 5.8, significant; social: 60 against 60, no change.
    expect(topics[0]?.["trend"]).toEqual({ change: 1, significant: true });
    expect(topics[1]?.["trend"]).toEqual({ change: 0, significant: false });
    expect(Object.keys(topics[0] ?? {}).sort()).toEqual(
      [
        "topic",
        "slug",
        "posts",
        "views",
        "visitors",
        "engagedReads",
        "comments",
        "goals",
        "readThroughRate",
        "responseRate",
        "score",
        "lowSample",
        "trend",
      ].sort(),
    );
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
        { channel: "social", source: "LinkedIn", views: 300, visitors: 250, engagedReads: 180 },
        { channel: "search", source: "Google", views: 100, visitors: 90, engagedReads: 20 },
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
