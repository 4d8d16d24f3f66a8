/**
 * Starts its own preview for each test, not the shared one: the assertions compare the
 * daily totals and roll-ups with this one visit, so the D1 must hold nothing else.
 * The two tests run at once, each with its own preview, browser and `expect`.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, type ExpectStatic, it, type TestContext } from "vitest";
import { isEngagedRead, isReadThrough, readThroughDepth } from "../../functions/analytics/engagement";
import { type PreviewServer, startPreview, triggerCron } from "../../scripts/lib/preview-server";
import { type PageviewRow, readRawEvents, readRollUps } from "../support/analytics-db";
import { launchChromium } from "../support/chromium";
import { keepRequestsLocal } from "../support/offsite-requests";
import {
  follow,
  holdMailtoLinks,
  readTrackerEvent,
  readWebStorage,
  scrollToBottom,
  trackLocalhost,
} from "../support/reader";

// One way through: each page links to the next exactly once, and only the post links to gdpr.eu.
const visit = {
  referrer: "https://www.linkedin.com/",
  landing: "/",
  next: "/posts/newsletter-metrics-after-open-rates/",
  post: "/posts/webanalyse-ohne-cookie-banner/",
  outbound: "https://gdpr.eu/",
};
const cron = "*/5 * * * *";

/** Lands from LinkedIn, clicks through to the post, reads it to the end, contacts the author, leaves for gdpr.eu. */
async function readThePost(expect: ExpectStatic, page: Page, baseUrl: string): Promise<void> {
  const landing = await page.goto(`${baseUrl}${visit.landing}`, { referer: visit.referrer });
  expect(landing?.status()).toBe(200);
  await follow(page, page.locator(`main a[href="${visit.next}"]`), `${baseUrl}${visit.next}`);
  await follow(page, page.locator(`main a[href="${visit.post}"]`), `${baseUrl}${visit.post}`);
  await scrollToBottom(page);
  await page.clock.runFor(12_000);
  await page.mouse.move(10, 10);
  await holdMailtoLinks(page);
  await Promise.all([
    page.waitForRequest((request) => readTrackerEvent(request)?.type === "goal"),
    page.locator('footer a[data-goal="contact"]').click(),
  ]);
  await follow(page, page.locator(`main a[href="${visit.outbound}"]`), visit.outbound);
}

/** Waits until the collector has stored the whole visit: the post's engagement arrives last, as the reader leaves. */
async function waitForVisit(expect: ExpectStatic, persistTo: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const events = await readRawEvents(persistTo);
        const post = events.pageviews.find((view) => view.path === visit.post);
        return {
          pageviews: events.pageviews.length,
          postReadThrough: (post?.scroll_depth ?? 0) >= readThroughDepth,
          outboundClicks: events.outboundClicks.length,
          goals: events.goalEvents.length,
        };
      },
      { timeout: 30_000, interval: 250 },
    )
    .toEqual({ pageviews: 3, postReadThrough: true, outboundClicks: 1, goals: 1 });
}

function pageviewOf(pageviews: PageviewRow[], path: string): PageviewRow {
  const [view, ...others] = pageviews.filter((candidate) => candidate.path === path);
  if (!view || others.length > 0) throw new Error(`Expected one pageview of ${path}, got ${others.length + 1}`);
  return view;
}

interface OwnSite {
  server: PreviewServer;
  reader: BrowserContext;
  /** The URLs of other sites the reader's browser asked for. */
  offsite: string[];
}

/**
 * A preview with a database of the test's own, so that the daily totals are this visit's
 * alone, and a reader's browser; both end with the test.
 */
async function openOwnSite(onTestFinished: TestContext["onTestFinished"]): Promise<OwnSite> {
  const [server, reader] = await Promise.allSettled([startPreview(), launchChromium({ asReader: true })]);
  onTestFinished(async () => {
    if (reader.status === "fulfilled") await reader.value.close();
    if (server.status === "fulfilled") await server.value.stop();
  });
  if (server.status === "rejected") throw server.reason;
  if (reader.status === "rejected") throw reader.reason;
  await trackLocalhost(reader.value);
  // A read-through needs 10 s on the page: the reader's clock is Playwright's, run forward, not waited out.
  await reader.value.clock.install();
  const offsite = await keepRequestsLocal(reader.value, new URL(server.value.url).origin);
  return { server: server.value, reader: reader.value, offsite };
}

describe.concurrent("a reader's visit, as analytics records it", () => {
  it("stores the pageviews with their source, the read-through, the outbound click and the goal, and nothing in the browser", async ({
    expect,
    onTestFinished,
  }) => {
    const { server, reader, offsite } = await openOwnSite(onTestFinished);
    const page = await reader.newPage();
    await readThePost(expect, page, server.url);
    await waitForVisit(expect, server.persistTo);

    const { pageviews, outboundClicks, goalEvents, botHits } = await readRawEvents(server.persistTo);
    expect(
      pageviews.map(({ path, channel, source, referrer_host }) => ({ path, channel, source, referrer_host })),
    ).toEqual([
      { path: visit.landing, channel: "social", source: "LinkedIn", referrer_host: "www.linkedin.com" },
      { path: visit.next, channel: "internal", source: "Internal", referrer_host: null },
      { path: visit.post, channel: "internal", source: "Internal", referrer_host: null },
    ]);
    expect(new Set(pageviews.map((view) => view.visitor_id)).size).toBe(1);
    expect(new Set(pageviews.map((view) => view.page_id)).size).toBe(3);
    expect(pageviews.map(({ device, browser }) => `${device} ${browser}`)).toEqual(Array(3).fill("desktop Chrome"));
    const post = pageviewOf(pageviews, visit.post);
    expect(post.scroll_depth).toBeGreaterThanOrEqual(readThroughDepth);
    expect(post.engaged_ms).toBeGreaterThan(0);
    expect(outboundClicks).toEqual([
      { day: post.day, page_id: post.page_id, path: visit.post, target_host: "gdpr.eu" },
    ]);
    expect(goalEvents).toEqual([{ day: post.day, page_id: post.page_id, path: visit.post, name: "contact" }]);
    expect(botHits).toBe(0);

    expect(await reader.cookies()).toEqual([]);
    // Same tab and origin as the visit, so this sees its session storage too; robots.txt runs no tracker.
    await page.goto(`${server.url}/robots.txt`);
    expect(await readWebStorage(page)).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    expect(offsite).toEqual([visit.outbound]);
  }, 120_000);

  it("rolls the visit up into the daily tables when the cron runs", async ({ expect, onTestFinished }) => {
    const { server, reader } = await openOwnSite(onTestFinished);
    const page = await reader.newPage();
    await readThePost(expect, page, server.url);
    await waitForVisit(expect, server.persistTo);
    await triggerCron(server.url, cron);

    const { pageviews } = await readRawEvents(server.persistTo);
    const { pages, sources, goals, site } = await readRollUps(server.persistTo);
    const { day } = pageviewOf(pageviews, visit.post);
    const count = (yes: boolean) => (yes ? 1 : 0);
    expect(site).toEqual([{ day, views: 3, visitors: 1 }]);
    expect(goals).toEqual([{ day, path: visit.post, name: "contact", conversions: 1 }]);
    expect(pages).toEqual(
      [visit.landing, visit.next, visit.post].sort().map((path) => {
        const view = pageviewOf(pageviews, path);
        return {
          day,
          path,
          views: 1,
          visitors: 1,
          engaged_reads: count(isEngagedRead({ engagedMs: view.engaged_ms, scrollDepth: view.scroll_depth })),
          read_throughs: count(isReadThrough({ engagedMs: view.engaged_ms, scrollDepth: view.scroll_depth })),
          engaged_ms: view.engaged_ms,
          goals: count(path === visit.post),
          outbound_clicks: count(path === visit.post),
        };
      }),
    );
    expect(pages.find((row) => row.path === visit.post)).toMatchObject({ engaged_reads: 1, read_throughs: 1 });
    // The goal and the click on the post, reached through the site, are credited to the visit's
    // entry, LinkedIn: a row of their own for the post, with no views (docs/traction.md).
    expect(sources.filter((row) => row.views === 0)).toEqual([
      { day, path: visit.post, channel: "social", source: "LinkedIn", views: 0, visitors: 0, engaged_reads: 0 },
    ]);
    expect(sources.filter((row) => row.views > 0)).toEqual(
      pageviews
        .map((view) => ({
          day,
          path: view.path,
          channel: view.channel,
          source: view.source,
          views: 1,
          visitors: 1,
          engaged_reads: count(isEngagedRead({ engagedMs: view.engaged_ms, scrollDepth: view.scroll_depth })),
        }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
  }, 120_000);
});
