import type { BrowserContext, Locator, Page, Request } from "playwright-core";
import { afterEach, beforeEach } from "vitest";
import { type TrackerEvent, trackerEvent } from "../../functions/schemas/event";
import { launchChromium } from "./chromium";

/** Lets the tracker count visits to the local preview, which it otherwise leaves alone. */
export async function trackLocalhost(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.resonanzTrackLocalhost = true;
  });
}

/** Gives each test of the calling file a new reader's browser that the tracker counts on localhost. */
export function freshTrackedReader(): () => BrowserContext {
  let reader: BrowserContext | undefined;
  beforeEach(async () => {
    reader = await launchChromium({ asReader: true });
    await trackLocalhost(reader);
  });
  afterEach(async () => {
    await reader?.close();
  });
  return () => {
    if (!reader) throw new Error("The reader's browser exists only inside a test.");
    return reader;
  };
}

/** Keeps clicks on mailto: links on the page: a headless browser has no mail program to hand them to. */
export async function holdMailtoLinks(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.addEventListener("click", (click) => {
      if (click.target instanceof Element && click.target.closest('a[href^="mailto:"]')) click.preventDefault();
    });
  });
}

/** Goes to the end of the page with the End key, as a reader would, and waits until it is there. */
export async function scrollToBottom(page: Page): Promise<void> {
  // The comments under a post arrive after the page and make it longer: wait for them first.
  await page.waitForFunction(() => document.querySelector("[data-comments-section][aria-busy]") === null);
  await page.keyboard.press("End");
  await page.waitForFunction(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
}

/** Clicks an internal link and waits for the page it leads to. */
export async function follow(page: Page, link: Locator, url: string): Promise<void> {
  await Promise.all([page.waitForURL(url), link.click()]);
}

/** The tracker event a request carries, when it is a valid POST to the collector. */
export function readTrackerEvent(request: Request): TrackerEvent | undefined {
  if (request.method() !== "POST" || new URL(request.url()).pathname !== "/api/event") return undefined;
  const body = request.postData();
  if (body === null) return undefined;
  const parsed = trackerEvent.safeParse(JSON.parse(body));
  return parsed.success ? parsed.data : undefined;
}

/** How much the page's origin keeps in the browser: every kind of web storage a site can use. */
export async function readWebStorage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
  }));
}
