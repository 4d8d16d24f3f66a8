import type { Page, Request } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { siteConfig } from "../../src/site.config";
import { freshTrackedReader, readTrackerEvent, readWebStorage } from "../support/reader";
import { testSecrets } from "../support/test-secrets";

const baseUrl = inject("baseUrl");
// A tracked page that belongs to no topic, so these visits move no number the dashboard test checks.
const trackedPage = "/about/";
const reader = freshTrackedReader();

/**
 * Opens `path` and returns the collector requests it made. A request to /api/health made
 * after the page loaded marks the end: the browser reports requests in the order they are made.
 */
async function collectorRequestsOn(page: Page, path: string): Promise<Request[]> {
  const sent: Request[] = [];
  const record = (request: Request) => {
    if (readTrackerEvent(request)) sent.push(request);
  };
  page.on("request", record);
  await page.goto(`${baseUrl}${path}`);
  await Promise.all([
    page.waitForRequest(`${baseUrl}/api/health`),
    page.evaluate(() => fetch("/api/health").then((health) => health.ok)),
  ]);
  page.off("request", record);
  return sent;
}

function listEventTypes(requests: Request[]): (string | undefined)[] {
  return requests.map((request) => readTrackerEvent(request)?.type);
}

describe("the author's own browser", () => {
  it("gets the opt-out key only when the author clicks, and the tracker then sends nothing", async () => {
    const page = await reader().newPage();
    await page.goto(`${baseUrl}/analytics-opt-out/`);
    expect(await readWebStorage(page)).toMatchObject({ localStorage: 0 });
    expect(listEventTypes(await collectorRequestsOn(page, trackedPage))).toEqual(["pageview"]);

    await page.goto(`${baseUrl}/analytics-opt-out/`);
    await page.locator("#opt-out").click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["resonanz-ignore"]);
    expect(await collectorRequestsOn(page, trackedPage)).toEqual([]);
    await page.close();
  });

  it("sends the tracker's events without the author's sign-in cookie", async () => {
    const t = dashboardTranslator(siteConfig.lang);
    const page = await reader().newPage();
    await page.goto(`${baseUrl}/dashboard/sign-in/`);
    await page.getByLabel(t("password")).fill(testSecrets.AUTHOR_PASSWORD);
    await Promise.all([
      page.waitForURL(`${baseUrl}/dashboard/`),
      page.getByRole("button", { name: t("signIn") }).click(),
    ]);
    expect((await reader().cookies()).map((cookie) => cookie.name)).toEqual(["resonanz_author"]);

    const sent = await collectorRequestsOn(page, trackedPage);
    expect(listEventTypes(sent)).toEqual(["pageview"]);
    for (const request of sent) expect(await request.allHeaders()).not.toHaveProperty("cookie");
    // The control: an ordinary request to the same site does carry the cookie.
    const [health] = await Promise.all([
      page.waitForRequest(`${baseUrl}/api/health`),
      page.evaluate(() => fetch("/api/health").then((response) => response.ok)),
    ]);
    expect(await health.allHeaders()).toHaveProperty("cookie", expect.stringMatching(/^resonanz_author=/));
    await page.close();
  });
});
