import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import * as schema from "../../functions/db/schema";
import { pageviews } from "../../functions/db/schema";

const browserUserAgent =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

function postEvent(body: string, contentType = "application/json") {
  return app.request(
    "https://resonanz.example/api/event",
    {
      method: "POST",
      body,
      headers: { "Content-Type": contentType, "User-Agent": browserUserAgent, "CF-Connecting-IP": "203.0.113.9" },
    },
    env,
  );
}

describe("POST /api/event", () => {
  it.each(["application/json", "text/plain;charset=UTF-8"])(
    "counts the documented pageview sent as %s",
    async (type) => {
      const response = await postEvent(
        JSON.stringify({
          type: "pageview",
          url: "https://resonanz.example/posts/why-pageviews-lie/?utm_source=x",
          referrer: "https://www.linkedin.com/",
        }),
        type,
      );
      expect(response.status).toBe(202);
      expect(await response.text()).toBe("");
      const rows = await drizzle(env.DB, { schema }).select().from(pageviews);
      expect(rows).toHaveLength(1);
      // utm_source overrides the referrer; "x" is X (Twitter).
      expect(rows[0]).toMatchObject({
        path: "/posts/why-pageviews-lie/",
        channel: "social",
        source: "X",
        utmSource: "x",
      });
    },
  );
});
