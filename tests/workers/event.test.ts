import { describe, expect, it } from "vitest";
import { pageviews } from "../../functions/db/schema";
import { openDatabase, postEvent } from "./support/events";

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
        { contentType: type },
      );
      expect(response.status).toBe(202);
      expect(await response.text()).toBe("");
      const rows = await openDatabase().select().from(pageviews);
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
