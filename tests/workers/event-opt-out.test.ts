import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { optOutCookie } from "../../functions/analytics/opt-out";
import { makeEngagement, makePageview, postJson } from "./support/events";

async function countRows(): Promise<number> {
  const row = await env.DB.prepare(
    "SELECT (SELECT count(*) FROM pageviews) + (SELECT count(*) FROM goal_events) + (SELECT count(*) FROM outbound_clicks) + (SELECT count(*) FROM daily_salts) AS total",
  ).first<{ total: number }>();
  return row?.total ?? -1;
}

describe("the author's opt-out cookie", () => {
  it("makes the collector accept events and store nothing, not even a salt", async () => {
    const cookie = `${optOutCookie}=1`;
    expect((await postJson(makePageview(), { cookie })).status).toBe(204);
    expect((await postJson(makeEngagement(), { cookie })).status).toBe(204);
    expect(await countRows()).toBe(0);
  });

  it("still refuses a bad event with 400", async () => {
    const response = await postJson({ type: "pageview" }, { cookie: `${optOutCookie}=1` });
    expect(response.status).toBe(400);
  });

  it.each(["other=1", `${optOutCookie}=0`, `x${optOutCookie}=1`])(
    "counts a browser whose cookies are %s",
    async (cookie) => {
      expect((await postJson(makePageview(), { cookie })).status).toBe(202);
      expect(await countRows()).toBeGreaterThan(0);
    },
  );
});
