import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { openSitePage } from "./support/site-pages";

const baseUrl = inject("baseUrl");
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("a reader", () => {
  it("opens the home page and sees the latest posts", async () => {
    const { page, problems } = await openSitePage(browser, baseUrl, "/");
    await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
    expect(await page.locator(".post-list li").count()).toBe(6);
    expect(await page.getAttribute("html", "lang")).toMatch(/^(de|en)$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows a link from the home page to a post", async () => {
    const { page, problems } = await openSitePage(browser, baseUrl, "/");
    const firstLink = page.locator(".post-list h2 a").first();
    const title = await firstLink.textContent();
    await Promise.all([page.waitForURL(/\/posts\/[^/]+\/$/), firstLink.click()]);
    await expect(page.locator("article h1").textContent()).resolves.toBe(title);
    await expect(page.locator("#comments").isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("renders the MDX post with its component", async () => {
    const { page, problems } = await openSitePage(browser, baseUrl, "/posts/why-pageviews-lie/");
    expect(await page.locator("aside.callout").count()).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("never sees a draft", async () => {
    const response = await fetch(`${baseUrl}/posts/draft-short-video-for-consultants/`);
    expect(response.status).toBe(404);
  });
});
