/**
 * Starts its own preview, not the shared one: its tests lock D1 and take its tables away,
 * which would break every other file that uses the preview meanwhile.
 */
import type { BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PreviewServer, startPreview } from "../../scripts/lib/preview-server";
import { siteConfig } from "../../site.config";
import { translate } from "../../src/lib/i18n";
import { launchChromium } from "../support/chromium";
import { uniqueClientIp, waitUntilFillable } from "./support/comment-api";
import { openPage } from "./support/comment-pages";
import { lockComments, takeTablesAway, type Undo } from "./support/d1-faults";

// Each group of tests breaks this preview's D1 before it and mends it after it.
let preview: PreviewServer;
let browser: BrowserContext;
let browserWithoutJs: BrowserContext;

beforeAll(async () => {
  [preview, browser, browserWithoutJs] = await Promise.all([
    startPreview(),
    launchChromium(),
    launchChromium({ javaScriptEnabled: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), browserWithoutJs?.close()]);
  await preview?.stop();
});

// English posts with open comments. Each test that opens a post page opens its own:
// the browser keeps a post's comments section (max-age=60) from a healthy database.
const post = "measuring-marketing-without-vanity-metrics";
const readPost = "utm-links-that-survive-reporting";
const otherError = translate("en", "errorOther");

/**
 * Traces of the server's inside that an error answer must never show: stack frames,
 * source files, SQL, and the database and the libraries below. Raw markup is searched
 * for all of them; "astro" only in the text a reader sees, since Astro's scoped styles
 * legitimately put it into the markup (`data-astro-cid-…`, `.astro-code`).
 */
const internals = [
  /\bat (async )?\S+ \(|\bat \S+:\d+:\d+/,
  /\.ts\b|\.js:|node_modules/i,
  /\b(SELECT|INSERT|UPDATE|DELETE) /,
  /drizzle|D1_|SQLITE|no such table|database is locked/i,
];

async function expectNoInternals(markup: string, visibleText: string): Promise<void> {
  for (const trace of internals) expect(markup).not.toMatch(trace);
  expect(visibleText).not.toMatch(/astro/i);
}

/** The text a reader sees, without the markup, styles and scripts around it. */
async function readableText(page: Page): Promise<string> {
  return (await page.locator("body").allInnerTexts()).join("\n");
}

function isCommentPost(response: Response): boolean {
  return response.request().method() === "POST" && new URL(response.url()).pathname === "/api/comments";
}

async function fillForm(form: ReturnType<Page["locator"]>, clock: Page, text: string): Promise<void> {
  await form.locator('input[name="name"]').fill("Frieda Fault");
  await form.locator("textarea").fill(text);
  await waitUntilFillable(clock, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
}

// Its two tests run at once (each with its own `expect`), waiting out the form's minimum fill
// time together. The group that takes the tables away keeps its order: its last test reads
// the whole server log, which the tests before it write to.
describe.concurrent("when D1 refuses to store a comment", () => {
  let unlock: Undo | undefined;
  beforeAll(async () => {
    unlock = await lockComments(preview.persistTo);
  });
  afterAll(async () => {
    await unlock?.();
  });

  it("the inline form keeps the reader's text and says it did not work", async ({ expect }) => {
    const text = `Written while the database was locked ${crypto.randomUUID()}`;
    const { page } = await openPage(browser, `${preview.url}/posts/${post}/`);
    const form = page.locator("html[data-comments-enhanced] form[data-comment-form]");
    await form.waitFor();
    await fillForm(form, page, text);
    const [answer] = await Promise.all([page.waitForResponse(isCommentPost), form.locator("button").click()]);
    expect(answer.status()).toBe(503);
    expect(answer.headers()["retry-after"]).toBe("30");
    await page.waitForFunction(() => document.querySelector("[data-form-status] .error") !== null);
    await expect(form.locator("[data-form-status] .error").textContent()).resolves.toBe(otherError);
    await expect(form.locator("textarea").inputValue()).resolves.toBe(text);
    await expect(form.locator('input[name="name"]').inputValue()).resolves.toBe("Frieda Fault");
    expect(page.url()).toBe(`${preview.url}/posts/${post}/`);
    await expectNoInternals(await answer.text(), await readableText(page));
    await page.close();
  });

  it("the comments page without JavaScript shows the text again with a message", async ({ expect }) => {
    const text = `Sent without JavaScript while the database was locked ${crypto.randomUUID()}`;
    const { page } = await openPage(browserWithoutJs, `${preview.url}/posts/${post}/comments/`);
    // Without JavaScript the page cannot poll a condition, so a second page keeps the time.
    const clock = await browser.newPage();
    const form = page.locator("form[data-comment-form]");
    await fillForm(form, clock, text);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.waitForURL(/#comment-form$/),
      form.locator("button").click(),
    ]);
    expect(answer.status()).toBe(503);
    await expect(form.locator("[data-form-status] .error").textContent()).resolves.toBe(otherError);
    await expect(form.locator("textarea").inputValue()).resolves.toBe(text);
    await expect(form.locator('input[name="name"]').inputValue()).resolves.toBe("Frieda Fault");
    await expectNoInternals(await answer.text(), await readableText(page));
    await Promise.all([page.close(), clock.close()]);
  });
});

describe("when D1 has lost its tables", () => {
  let restore: Undo | undefined;
  beforeAll(async () => {
    restore = await takeTablesAway(preview.persistTo);
  });
  afterAll(async () => {
    await restore?.();
  });

  it("the home page and a post page still serve, the post pointing to its comments page", async () => {
    const home = await openPage(browser, `${preview.url}/`);
    expect(home.status).toBe(200);
    await expect(home.page.locator("main .post-list h2 a").first().isVisible()).resolves.toBe(true);
    const page = await browser.newPage();
    const section = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/posts/${readPost}/comments/section/`,
    );
    expect((await page.goto(`${preview.url}/posts/${readPost}/`))?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("UTM Links That Actually Survive Your Monthly Report");
    // The comments section cannot be rendered; the page keeps its link to the comments page.
    const sectionAnswer = await section;
    expect(sectionAnswer.status()).toBe(503);
    expect(sectionAnswer.headers()["retry-after"]).toBe("30");
    const sectionMarkup = await (await fetch(sectionAnswer.url())).text();
    await expectNoInternals(sectionMarkup, await readableText(page));
    await expect(page.locator(`#comments a[href="/posts/${readPost}/comments/"]`).isVisible()).resolves.toBe(true);
    await Promise.all([home.page.close(), page.close()]);
  });

  it("the collector answers 503 at once", async () => {
    const started = Date.now();
    const answer = await fetch(`${preview.url}/api/event`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": uniqueClientIp() },
      body: JSON.stringify({ type: "pageview", url: `${preview.url}/posts/${post}/`, pageId: crypto.randomUUID() }),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("30");
    await expectNoInternals(await answer.text(), "");
  });

  it("an on-demand page that needs D1 answers the plain 500 page, with the detail only in the log", async () => {
    // The reader's private deletion link: its confirmation reads the comment from D1.
    // Posted as the page's form posts it: an empty form (src/worker.ts takes nothing but forms).
    const answer = await fetch(`${preview.url}/comments/delete/?id=1&token=${"0".repeat(64)}`, {
      method: "POST",
      headers: { Origin: preview.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(answer.status).toBe(500);
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    const markup = await answer.text();
    expect(markup).toContain(translate(siteConfig.lang, "serverErrorTitle"));
    const { page } = await openPage(browserWithoutJs, "about:blank");
    await page.setContent(markup);
    await expectNoInternals(markup, await readableText(page));
    await page.close();
    // The log has the failure, with the query's SQL but not the values it carried.
    const log = preview.log();
    expect(log).toContain("page error /comments/delete/");
    expect(log).toMatch(/no such table/);
    expect(log).not.toMatch(/params:/);
  });
});
