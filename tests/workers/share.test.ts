import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";

const origin = "https://resonanz.example";

/**
 * The API used to answer GET /api/share/mastodon with a 303 to any host a query named, an
 * open redirect on the site's domain. The Mastodon share is now a page of the site that
 * links to the instance (src/pages/posts/[slug]/share/mastodon.astro, tests/e2e/mastodon-share.test.ts).
 */
describe("GET /api/share/mastodon", () => {
  it.each([
    "instance=evil.example&path=/posts/why-pageviews-lie/&title=x",
    "instance=mastodon.social&path=/posts/why-pageviews-lie/&title=Warum",
    "instance=https://evil.example/phish&path=/posts/a/&title=x",
  ])("redirects nowhere: %s", async (query) => {
    const response = await app.request(`${origin}/api/share/mastodon?${query}`, {}, env);
    expect(response.status).toBe(404);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toStrictEqual({ error: expect.any(String) });
  });
});
