import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { watchPage } from "../../support/page-watch";

/**
 * Opens `path` of the site at `baseUrl` in a new page, which must answer 200, and records
 * every console error, failed request and off-site request the page causes.
 */
export async function openSitePage(
  browser: BrowserContext,
  baseUrl: string,
  path: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchPage(page, new URL(baseUrl).origin);
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status()).toBe(200);
  return { page, problems };
}
