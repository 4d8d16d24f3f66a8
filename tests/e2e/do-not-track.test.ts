import type { BrowserContext } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { freshTrackedReader, holdMailtoLinks, readTrackerEvent, scrollToBottom } from "../support/reader";

const baseUrl = inject("baseUrl");
const reader = freshTrackedReader();

/**
 * Reads a post to the end, clicks the contact goal and moves on to the archive the way a
 * client-side router does (history.pushState), which makes the tracker report the post's
 * engagement while the page is still there to watch. Returns the type of every request
 * the page made to the collector.
 */
async function collectorRequestsDuringVisit(context: BrowserContext): Promise<string[]> {
  const sent: string[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/event") sent.push(readTrackerEvent(request)?.type ?? "invalid");
  });
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/posts/why-pageviews-lie/`);
  expect(response?.status()).toBe(200);
  await scrollToBottom(page);
  await holdMailtoLinks(page);
  await page.locator('footer a[data-goal="contact"]').click();
  await page.evaluate(() => history.pushState(null, "", "/archive/"));
  // The browser reports requests in the order they are made: once this one is seen, every earlier one has been.
  await Promise.all([
    page.waitForRequest(`${baseUrl}/api/health`),
    page.evaluate(() => fetch("/api/health").then((health) => health.ok)),
  ]);
  await page.close();
  return sent;
}

describe("a reader who asks not to be tracked", () => {
  it("is counted when the browser sends no privacy signal (the control)", async () => {
    expect(await collectorRequestsDuringVisit(reader())).toEqual(["pageview", "goal", "engagement", "pageview"]);
  });

  it.each([
    { signal: "Do Not Track", property: "doNotTrack", value: "1" },
    { signal: "Global Privacy Control", property: "globalPrivacyControl", value: true },
  ])("makes no request to the collector with $signal set", async ({ property, value }) => {
    await reader().addInitScript(
      (signal) => Object.defineProperty(Navigator.prototype, signal.property, { get: () => signal.value }),
      { property, value },
    );
    expect(await collectorRequestsDuringVisit(reader())).toEqual([]);
  });
});
