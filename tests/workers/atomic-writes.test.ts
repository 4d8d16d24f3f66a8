import { describe, expect, it } from "vitest";
import { commentLimit } from "../../functions/comments/rate-limit";
import { countComments, insertPost, readError, sendComment, validComment } from "./support/comments";
import { makePageview, postJson } from "./support/events";
import { failWritesTo } from "./support/faults";
import { countEventRows } from "./support/tables";

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
