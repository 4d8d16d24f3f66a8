import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rollUpDay } from "../../functions/analytics/rollups";
import app from "../../functions/app";
import { comments, postTopics } from "../../functions/db/schema";
import { utcDay } from "../../shared/utc-day";
import { insertPost, readAccepted, sendComment, validComment } from "./support/comments";
import {
  makeEngagement,
  makeGoal,
  makeOutbound,
  makePageId,
  makePageview,
  openDatabase,
  postJson,
  siteOrigin,
} from "./support/events";

const secrets = { ...env, AUTHOR_API_TOKEN: "reports-token-0123456789abcdef0123456789" };
const today = utcDay(new Date());
const postReport = z
  .object({
    channels: z.array(z.record(z.string(), z.unknown())),
    reading: z.object({ medianEngagedSeconds: z.number().nullable() }).loose(),
  })
  .loose();
const period = `from=${today}&to=${today}`;

function getStats(path: string) {
  return app.request(
    `${siteOrigin}/api/admin/stats/${path}`,
    { headers: { Authorization: `Bearer ${secrets.AUTHOR_API_TOKEN}` } },
    secrets,
  );
}

/**
 * Today: a newsletter reader reads the post through, signs up for the newsletter, follows a
 * link to gdpr.eu and comments; a LinkedIn reader leaves after three seconds.
 */
async function seedToday(): Promise<void> {
  await insertPost();
  await openDatabase()
    .insert(postTopics)
    .values({ postSlug: "hello-world", topicSlug: "privacy", topicName: "Privacy" });
  const url = `${siteOrigin}/posts/hello-world/`;
  const fromNewsletter = makePageId();
  const newsletterUrl = `${url}?utm_source=newsletter&utm_medium=email&utm_campaign=issue-42`;
  const reader = { ip: "203.0.113.140" };
  await postJson(makePageview({ url: newsletterUrl, pageId: fromNewsletter }), reader);
  await postJson(makeEngagement({ url, pageId: fromNewsletter, engagedMs: 40_000, scrollDepth: 100 }), reader);
  await postJson(makeGoal({ url, pageId: fromNewsletter, name: "newsletter" }), reader);
  await postJson(makeOutbound({ url, pageId: fromNewsletter, target: "https://gdpr.eu/checklist/" }), reader);
  const { id } = await readAccepted(await sendComment(await validComment("hello-world", { pageId: fromNewsletter })));
  await openDatabase().update(comments).set({ status: "approved" }).where(eq(comments.id, id));
  const fromLinkedIn = makePageId();
  await postJson(makePageview({ url, pageId: fromLinkedIn, referrer: "https://www.linkedin.com/" }), {
    ip: "203.0.113.141",
  });
  await postJson(makeEngagement({ url, pageId: fromLinkedIn, engagedMs: 3_000, scrollDepth: 20 }), {
    ip: "203.0.113.141",
  });
  await rollUpDay(openDatabase(), today);
}

describe("the campaign and goal reports", () => {
  it("credit the newsletter issue with its post, reading, goal and comment", async () => {
    await seedToday();
    const response = await getStats(`campaigns?${period}`);
    expect(await response.json()).toEqual({
      campaigns: [
        {
          campaign: "issue-42",
          channel: "email",
          source: "Newsletter",
          posts: 1,
          views: 1,
          visitors: 1,
          engagedReads: 1,
          goals: 1,
          comments: 1,
        },
      ],
    });
  });

  it("names each goal as the site settings do, with its channel, topic and value", async () => {
    await seedToday();
    expect(await (await getStats(`goals?${period}`)).json()).toEqual({
      goals: [
        {
          name: "newsletter",
          label: "Newsletter-Anmeldung",
          channel: "email",
          source: "Newsletter",
          topic: "Privacy",
          conversions: 1,
          value: 5,
        },
      ],
    });
  });
});

describe("the post report", () => {
  it("gives the post's days, channels, reading, outbound hosts and goals", async () => {
    await seedToday();
    const report = postReport.parse(await (await getStats(`post?post=hello-world&${period}`)).json());
    expect(report).toMatchObject({
      post: { slug: "hello-world", path: "/posts/hello-world/" },
      days: [{ day: today, views: 2, visitors: 2, engagedReads: 1, goals: 1, comments: 1 }],
      outbound: [{ host: "gdpr.eu", clicks: 1 }],
      goals: [{ name: "newsletter", conversions: 1 }],
      reading: {
        views: 2,
        reached: [
          { depth: 25, share: 0.5 },
          { depth: 50, share: 0.5 },
          { depth: 75, share: 0.5 },
          { depth: 100, share: 0.5 },
        ],
      },
    });
    expect(report.channels).toEqual([
      expect.objectContaining({
        channel: "email",
        campaign: "issue-42",
        views: 1,
        engagedReads: 1,
        goals: 1,
        comments: 1,
      }),
      expect.objectContaining({ channel: "social", source: "LinkedIn", views: 1, engagedReads: 0, comments: 0 }),
    ]);
    // Half the views had 3 s (bucket 0–5 s), half 40 s (bucket 30–45 s): the median is the 5 s edge.
    expect(report.reading.medianEngagedSeconds).toBe(5);
  });

  it("exports one of its tables as CSV", async () => {
    await seedToday();
    const response = await getStats(`post/outbound?post=hello-world&${period}&format=csv`);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await response.text()).toBe("host,clicks\r\ngdpr.eu,1\r\n");
  });

  it.each([
    { query: `post?post=no-such-post&${period}`, status: 404, names: "post" },
    { query: `post?post=Bad%20Slug&${period}`, status: 400, names: "post" },
    { query: `post/visitors?post=hello-world&${period}`, status: 400, names: "part" },
  ])("answers $query with $status, naming $names", async ({ query, status, names }) => {
    await insertPost();
    const response = await getStats(query);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: expect.stringContaining(names) });
  });
});

describe("GET /api/admin/stats/findings", () => {
  it("finds nothing significant in one day of two readers", async () => {
    await seedToday();
    const response = await getStats(`findings?from=2026-01-01&to=${today}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ findings: [] });
  });
});
