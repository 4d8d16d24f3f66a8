import type { Page, Request } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { freshTrackedReader, readTrackerEvent, readWebStorage } from "../support/reader";

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

/** The collector's status for each tracker event that opening `path` sent. */
async function collectorAnswersOn(page: Page, path: string): Promise<number[]> {
  const sent = await collectorRequestsOn(page, path);
  return Promise.all(sent.map(async (request) => (await request.response())?.status() ?? 0));
}

describe("the author's own browser", () => {
  it("gets the opt-out cookie only when the author asks for it, and the collector then counts nothing", async () => {
    const page = await reader().newPage();
    await page.goto(`${baseUrl}/analytics-opt-out/`);
    expect(await reader().cookies()).toEqual([]);
    expect(await readWebStorage(page)).toMatchObject({ localStorage: 0, sessionStorage: 0 });
    expect(await collectorAnswersOn(page, trackedPage)).toEqual([202]);

    await page.goto(`${baseUrl}/analytics-opt-out/`);
    await Promise.all([page.waitForLoadState("load"), page.locator("#opt-out").click()]);
    await page.waitForURL(`${baseUrl}/analytics-opt-out/`);
    expect(await reader().cookies()).toEqual([
      expect.objectContaining({ name: "resonanz_opt_out", value: "1", httpOnly: true, sameSite: "Strict", path: "/" }),
    ]);
    expect(await collectorAnswersOn(page, trackedPage)).toEqual([204]);

    await page.goto(`${baseUrl}/analytics-opt-out/`);
    await Promise.all([page.waitForLoadState("load"), page.locator("#opt-out").click()]);
    await page.waitForURL(`${baseUrl}/analytics-opt-out/`);
    expect(await reader().cookies()).toEqual([]);
    expect(await collectorAnswersOn(page, trackedPage)).toEqual([202]);
    expect(await readWebStorage(page)).toMatchObject({ localStorage: 0, sessionStorage: 0 });
    await page.close();
  });
});

describe("a reader's browser", () => {
  it("sends the tracker's events with no cookie", async () => {
    const page = await reader().newPage();
    const sent = await collectorRequestsOn(page, trackedPage);
    expect(listEventTypes(sent)).toEqual(["pageview"]);
    for (const request of sent) expect(await request.allHeaders()).not.toHaveProperty("cookie");
    await page.close();
  });
});
