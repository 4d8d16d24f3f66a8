import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject, type TestContext } from "vitest";
import { launchChromiumBrowser } from "../../support/chromium";
import { type LookPage, type LookView, showLookPage, signInAuthor } from "./look-pages";
import { sharedPreviewsReady } from "./shared-previews";

/** A tab a test has to itself until it gives it back. */
export interface LookTab {
  page: Page;
  /** Hands the tab back for the next page, which navigates it anew. */
  release(): void;
}

export interface LookBrowsers {
  /** Shows the page in a free tab of the reader it is for. */
  open(lookPage: LookPage, site: { deletePath: string }, view: LookView): Promise<LookTab>;
  close(): Promise<void>;
}

/**
 * The tabs of one reader. Opening a tab costs chromium more than loading a page, so a tab
 * that a test gives back is reused; a new one opens only while every other is in use, as
 * when the look tests run at once.
 */
function tabsOf(context: BrowserContext): { take(): Promise<LookTab> } {
  const free: Page[] = [];
  return {
    async take() {
      const page = free.pop() ?? (await context.newPage());
      let given = false;
      return {
        page,
        release() {
          if (given) return;
          given = true;
          free.push(page);
        },
      };
    },
  };
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
  const readerTabs = tabsOf(reader);
  const noScriptTabs = tabsOf(noScriptReader);
  const authorTabs = tabsOf(author);
  const tabsFor = (lookPage: LookPage) =>
    lookPage.author ? authorTabs : lookPage.noScript ? noScriptTabs : readerTabs;
  return {
    async open(lookPage, site, view) {
      const tab = await tabsFor(lookPage).take();
      try {
        await showLookPage(tab.page, siteUrl, lookPage, site, view);
        if (lookPage.noScript && noScript === "blocked") await showNoscriptContents(tab.page);
      } catch (error) {
        tab.release();
        throw error;
      }
      return tab;
    },
    close: () => browser.close(),
  };
}

/**
 * The look browsers of one test file, on the look preview: launched before its tests,
 * closed after them. Each test gets a tab of its own, given back when the test finishes
 * (`test` is the test's context), so that the tests of a file can run at once.
 */
export function lookBrowsersForFile(noScript: NoScriptMode): {
  open(lookPage: LookPage, view: LookView, test: Pick<TestContext, "onTestFinished">): Promise<Page>;
} {
  const siteUrl = inject("lookUrl");
  let site: { deletePath: string } | undefined;
  let browsers: LookBrowsers | undefined;
  beforeAll(async () => {
    site = { deletePath: (await sharedPreviewsReady()).lookDeletePath };
    browsers = await launchLookBrowsers(siteUrl, noScript);
  });
  afterAll(async () => {
    await browsers?.close();
  });
  return {
    async open(lookPage, view, test) {
      if (!browsers || !site) throw new Error("The look browsers open in beforeAll; open pages inside a test.");
      const tab = await browsers.open(lookPage, site, view);
      test.onTestFinished(() => tab.release());
      return tab.page;
    },
  };
}
