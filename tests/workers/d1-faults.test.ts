import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { insertPost, sendComment, testEnv, validComment } from "./support/comments";
import { makePageview, postJson, siteOrigin } from "./support/events";
import { breakDatabase, type D1Fault, d1Faults } from "./support/faults";

// Every fault is undone when its test ends; see support/faults.ts for how each is made.

/** Generous for a Worker on a shared machine, yet far below any retry with back-off. */
const promptMs = 2_000;

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("30");
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await response.text();
  expect(JSON.parse(body)).toStrictEqual({
    error: "The database is unavailable just now; please try again shortly.",
  });
  expect(body).not.toMatch(/D1_|SQLITE|locked|drizzle|select|insert|pageviews|comments|\.ts\b|\.js:|\bat /i);
}

describe.each(d1Faults)("when D1 fails with a %s", (fault: D1Fault) => {
  it("the collector answers 503 at once, after a single attempt", async () => {
    const broken = await breakDatabase(fault, "pageviews");
    const started = Date.now();
    const response = await postJson(makePageview(), { bindings: broken.env });
    expect(Date.now() - started).toBeLessThan(promptMs);
    await expectUnavailable(response);
    if (broken.counter) expect(broken.counter.attempts).toBe(1);
  });

  it("the comments API refuses a new comment with 503 and no detail", async () => {
    await insertPost();
    const fields = await validComment();
    const broken = await breakDatabase(fault, "comments", testEnv());
    await expectUnavailable(await sendComment(fields, { bindings: broken.env }));
  });
});

// A lock keeps writers out, not readers, so only the other faults apply to reading.
describe.each(d1Faults.filter((fault) => fault !== "locked table"))("when D1 fails with a %s", (fault) => {
  it("the comments API answers a read with 503 and no detail", async () => {
    const broken = await breakDatabase(fault, "comments");
    await expectUnavailable(await app.request(`${siteOrigin}/api/comments?post=hello-world`, {}, broken.env));
  });
});
