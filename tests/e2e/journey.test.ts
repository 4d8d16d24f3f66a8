import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { follow } from "../support/reader";
import { openSitePage } from "./support/site-pages";

const baseUrl = inject("baseUrl");
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function followTo(page: Page, link: Locator, path: string): Promise<void> {
  return follow(page, link, `${baseUrl}${path}`);
}

/** Types `word` into the header's search box and submits, as a reader would. */
async function searchFromHeader(page: Page, word: string): Promise<void> {
  await page.locator('header form[role="search"] input[name="q"]').fill(word);
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === word),
    page.keyboard.press("Enter"),
  ]);
  // Pagefind draws its results list once the search is done, then fills each entry as its fragment loads.
  await page.waitForFunction(() => {
    const results = document.querySelector(".pagefind-ui__results");
    return results !== null && results.querySelector(".pagefind-ui__loading") === null;
  });
}

function resultLinkTo(page: Page, slug: string): Locator {
  return page.locator(`.pagefind-ui__result-link[href="/posts/${slug}/"]`);
}

/** Content files (relative to content/) whose text contains `word`, ignoring case. */
function contentFilesContaining(word: string): string[] {
  return readdirSync("content", { recursive: true, encoding: "utf8" })
    .filter((file) => [".md", ".mdx"].includes(extname(file)))
    .filter((file) => readFileSync(join("content", file), "utf8").toLowerCase().includes(word.toLowerCase()))
    .sort();
}

describe("a reader's journey", () => {
  // Chosen so that each step has exactly one right link, and the word occurs in no other post.
  const journey = { topic: "analytics", post: "why-pageviews-lie", word: "crawlers" };

  it("goes from home through a topic to a post, then finds that post again by search", async () => {
    expect(contentFilesContaining(journey.word)).toEqual([join("posts", `${journey.post}.mdx`)]);
    const { page, problems } = await openSitePage(browser, baseUrl, "/");
    await followTo(page, page.locator('header nav a[href="/topics/"]'), "/topics/");
    await followTo(page, page.locator(`main a[href="/topics/${journey.topic}/"]`), `/topics/${journey.topic}/`);

    const postLink = page.locator(`main .post-list a[href="/posts/${journey.post}/"]`);
    const title = (await postLink.textContent())?.trim();
    await followTo(page, postLink, `/posts/${journey.post}/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    await expect(page.locator("article").textContent()).resolves.toContain(journey.word);

    await searchFromHeader(page, journey.word);
    await page.locator(".pagefind-ui__result-link").first().waitFor();
    expect(await resultLinkTo(page, journey.post).count()).toBe(1);

    await followTo(page, resultLinkTo(page, journey.post), `/posts/${journey.post}/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("search", () => {
  it.each([
    { language: "German", word: "Themenspeicher", post: "redaktionsplan-den-man-durchhaelt", lang: "de" },
    { language: "English", word: "proposals", post: "measuring-marketing-without-vanity-metrics", lang: "en" },
  ])("finds the $language post for the $language word $word", async ({ word, post, lang }) => {
    const { page, problems } = await openSitePage(browser, baseUrl, "/");
    await searchFromHeader(page, word);
    await expect(resultLinkTo(page, post).count()).resolves.toBe(1);

    await followTo(page, resultLinkTo(page, post), `/posts/${post}/`);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("finds nothing for a word that only the draft contains", async () => {
    const word = "captions";
    expect(contentFilesContaining(word)).toEqual([join("posts", "draft-short-video-for-consultants.md")]);

    const { page, problems } = await openSitePage(browser, baseUrl, "/");
    await searchFromHeader(page, word);
    await expect(page.locator(".pagefind-ui__result").count()).resolves.toBe(0);
    await expect(page.locator(".pagefind-ui__message").textContent()).resolves.toContain(word);
    expect(problems).toEqual([]);
    await page.close();
  });
});
