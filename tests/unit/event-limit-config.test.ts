import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventsPerMinute } from "../../functions/analytics/event-limit";

/** wrangler.jsonc without its whole-line comments, which is all the JSONC it uses. */
function readWranglerConfig(): unknown {
  return JSON.parse(readFileSync("wrangler.jsonc", "utf8").replace(/^\s*\/\/.*$/gm, ""));
}

describe("the collector's limit per client", () => {
  it("is what the EVENT_LIMITER binding tells Cloudflare: the same events in a period of a minute", () => {
    expect(readWranglerConfig()).toMatchObject({
      ratelimits: [{ name: "EVENT_LIMITER", simple: { limit: eventsPerMinute, period: 60 } }],
    });
  });
});
