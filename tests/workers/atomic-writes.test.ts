import { describe, expect, it } from "vitest";
import { rollUpDay } from "../../functions/analytics/rollups";
import { commentLimit } from "../../functions/comments/rate-limit";
import { dailyDimensionStats } from "../../functions/db/schema";
import type { Database } from "../../functions/env";
import { countComments, insertPost, readError, sendComment, validComment } from "./support/comments";
import { makePageview, openDatabase, postJson } from "./support/events";
import { failWritesTo } from "./support/faults";
import { countEventRows } from "./support/tables";
import { readRollUps, seedDay } from "./support/traffic";

// Each step that writes does so in one statement or one D1 batch (a transaction), so a
// failure half-way leaves nothing behind and a race cannot slip past a check.

describe("a comment and its rate limit", () => {
  it("stores exactly the limit of concurrent comments from one client and refuses the rest with 429", async () => {
    await insertPost();
    const fields = await validComment();
    const answers = await Promise.all(Array.from({ length: 20 }, () => sendComment(fields, { ip: "198.51.100.20" })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 202)).toHaveLength(commentLimit.count);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - commentLimit.count);
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      const retryAfter = Number(refused.headers.get("Retry-After"));
      expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= commentLimit.windowMs / 1000).toBe(true);
      expect(await readError(refused)).toMatch(/too many comments/i);
    }
    expect(await countComments()).toBe(commentLimit.count);
  });

  it("leaves no comment when storing it fails half-way, and answers without detail", async () => {
    await insertPost();
    const fields = await validComment();
    await failWritesTo("comments", "comment write interrupted");
    const response = await sendComment(fields);
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toStrictEqual({
      error: "The database is unavailable just now; please try again shortly.",
    });
    expect(body).not.toMatch(/interrupted|D1_|SQLITE|insert|comments|drizzle/i);
    expect(await countComments()).toBe(0);
  });
});

describe("an event", () => {
  it("leaves no event row when the database refuses it", async () => {
    await failWritesTo("pageviews", "pageview write interrupted");
    expect((await postJson(makePageview())).status).toBe(503);
    expect(await countEventRows()).toMatchObject({ pageviews: 0, goal_events: 0, outbound_clicks: 0 });
  });
});

async function readEveryRollUp(db: Database) {
  const dimensions = await db
    .select()
    .from(dailyDimensionStats)
    .orderBy(dailyDimensionStats.day, dailyDimensionStats.dimension, dailyDimensionStats.value);
  return { ...(await readRollUps(db)), dimensions };
}

describe("rollUpDay", () => {
  it("changes no roll-up table when its last statement fails", async () => {
    // A day no other test uses: the collector caches each day's salt per isolate.
    const day = "2026-06-03";
    const db = openDatabase();
    await seedDay(db, {
      day,
      views: [{ reader: "anna", path: "/posts/a/", referrer: "https://www.google.de/", engagement: [[45_000, 80]] }],
      goals: [{ path: "/posts/a/", name: "contact" }],
      outbound: ["/posts/a/"],
    });
    await rollUpDay(db, day);
    const before = await readEveryRollUp(db);
    await seedDay(db, {
      day,
      views: [{ reader: "cem", path: "/posts/b/", query: "?utm_campaign=june" }],
      goals: [{ path: "/posts/b/", name: "subscribe" }],
      outbound: [],
    });
    // daily_site_stats is the last roll-up written; every other one would already have changed.
    await failWritesTo("daily_site_stats", "roll-up interrupted");
    await expect(rollUpDay(db, day)).rejects.toThrow(/roll-up interrupted/);
    expect(await readEveryRollUp(db)).toStrictEqual(before);
  });
});
