import type { BrowserContext } from "playwright-core";

/** A page that stands in for any other site; it loads nothing further. */
const elsewhere = "<!doctype html><title>Another site</title><p>Not the blog.</p>";

/**
 * Answers, inside the browser, every request to an origin other than `siteOrigin`, so
 * nothing leaves the machine, and returns the live list of the URLs that were asked for.
 */
export async function keepRequestsLocal(context: BrowserContext, siteOrigin: string): Promise<string[]> {
  const offsite: string[] = [];
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== siteOrigin,
    async (route) => {
      offsite.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: elsewhere });
    },
  );
  return offsite;
}
