import type { Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromiumBrowser } from "../../support/chromium";
import { type LookPage, type LookView, showLookPage, signInAuthor } from "./look-pages";

export interface LookBrowsers {
  /** Shows the page in the tab of the reader it is for; the tab stays open for the next page. */
  open(lookPage: LookPage, site: { deletePath: string }, view: LookView): Promise<Page>;
  close(): Promise<void>;
}

/**
 * How a reader "without JavaScript" is simulated. `disabled` turns scripting off, as a reader
 * does. `blocked` lets no page script load but keeps scripting on, for tests that must run
 * their own code in the page (a page with scripting off runs no timers, so axe-core never
 * finishes there); its `<noscript>` contents are put in place as a browser without scripts shows them.
 */
export type NoScriptMode = "disabled" | "blocked";

async function showNoscriptContents(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const fallback of document.querySelectorAll("noscript")) {
      fallback.replaceWith(document.createRange().createContextualFragment(fallback.textContent ?? ""));
    }
  });
}

/**
 * One chromium with the three readers a look test needs: with JavaScript, without it, and
 * the signed-in author.
 */
export async function launchLookBrowsers(siteUrl: string, noScript: NoScriptMode): Promise<LookBrowsers> {
  const browser = await launchChromiumBrowser();
  const reader = await browser.newContext();
  const noScriptReader = await browser.newContext({ javaScriptEnabled: noScript === "blocked" });
  if (noScript === "blocked") {
    await noScriptReader.route("**/*", (route) =>
      route.request().resourceType() === "script" ? route.abort() : route.continue(),
    );
  }
  const author = await browser.newContext();
  await signInAuthor(author, siteUrl);
  const [readerTab, noScriptTab, authorTab] = await Promise.all([
    reader.newPage(),
    noScriptReader.newPage(),
    author.newPage(),
  ]);
  const tabFor = (lookPage: LookPage): Page =>
    lookPage.author ? authorTab : lookPage.noScript ? noScriptTab : readerTab;
  return {
    async open(lookPage, site, view) {
      const page = await showLookPage(tabFor(lookPage), siteUrl, lookPage, site, view);
      if (lookPage.noScript && noScript === "blocked") await showNoscriptContents(page);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The look browsers of one test file, on the look preview: launched before its tests,
 * closed after them.
 */
export function lookBrowsersForFile(noScript: NoScriptMode): {
  open(lookPage: LookPage, view: LookView): Promise<Page>;
} {
  const siteUrl = inject("lookUrl");
  const site = { deletePath: inject("lookDeletePath") };
  let browsers: LookBrowsers | undefined;
  beforeAll(async () => {
    browsers = await launchLookBrowsers(siteUrl, noScript);
  });
  afterAll(async () => {
    await browsers?.close();
  });
  return {
    open(lookPage, view) {
      if (!browsers) throw new Error("The look browsers open in beforeAll; open pages inside a test.");
      return browsers.open(lookPage, site, view);
    },
  };
}
