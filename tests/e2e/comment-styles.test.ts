import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launchChromiumBrowser } from "../support/chromium";
import { testSecrets } from "../support/test-secrets";
import { authorApi, fetchFormToken, postComment, uniqueClientIp, waitUntilFillable } from "./support/comment-api";

/**
 * The comments section reaches the static post page as a fetched fragment, which brings no
 * styles of its own (issue 11: the form rendered unstyled there, with the honeypot in
 * sight). Everything the section can show must look on the post page, with JavaScript,
 * exactly as on the comments page without it.
 */
const baseUrl = inject("baseUrl");
// No other e2e test comments on this post.
const post = "linkedin-und-xing-fuer-b2b-berater";
const author = authorApi(baseUrl, testSecrets.AUTHOR_API_TOKEN);
let browser: Browser;
let reader: BrowserContext;
let noScriptReader: BrowserContext;

/** What makes an element look the way it does; widths follow the window and are left out. */
const styleProperties = [
  "display",
  "position",
  "color",
  "background-color",
  "font-size",
  "font-weight",
  "line-height",
  "padding-top",
  "padding-left",
  "border-top-width",
  "border-top-style",
  "border-top-color",
  "border-radius",
  "min-height",
  "margin-top",
  "margin-bottom",
];

const sectionParts = [
  ".comment-list .comment",
  ".comment-list .comment-list",
  ".comment.by-author",
  ".comment-badge",
  ".comment .meta strong",
  ".comment-reply",
  ".comment-form h2, .comment-form h3",
  ".comment-form label[for=comment-name]",
  "#comment-name",
  "#comment-website",
  "#comment-text",
  ".comment-form .hint",
  ".comment-form button[type=submit]",
];

async function stylesOf(page: Page, selectors: string[]): Promise<Record<string, Record<string, string> | null>> {
  return page.evaluate(
    ({ selectors, properties }) =>
      Object.fromEntries(
        selectors.map((selector) => {
          const element = document.querySelector(`#comments ${selector.split(", ").join(", #comments ")}`);
          if (!element) return [selector, null];
          const style = getComputedStyle(element);
          return [
            selector,
            Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])),
          ];
        }),
      ),
    { selectors, properties: styleProperties },
  );
}

async function openWithOwnAddress(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.setExtraHTTPHeaders({ "CF-Connecting-IP": uniqueClientIp() });
  await page.goto(`${baseUrl}${path}`);
  return page;
}

async function openPostPage(): Promise<Page> {
  const page = await openWithOwnAddress(reader, `/posts/${post}/`);
  await page.locator("#comments form[data-comment-form] button[type=submit]").waitFor();
  return page;
}

/** Fills the form, waits out its minimum fill time, and sends it. */
async function send(page: Page, clock: Page, fields: { name: string; website: string; text: string }): Promise<void> {
  const form = page.locator("form[data-comment-form]");
  await form.locator("#comment-name").fill(fields.name);
  await form.locator("#comment-website").fill(fields.website);
  await form.locator("#comment-text").fill(fields.text);
  await waitUntilFillable(clock, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
  await form.locator("button[type=submit]").click();
}

beforeAll(async () => {
  browser = await launchChromiumBrowser();
  [reader, noScriptReader] = await Promise.all([
    browser.newContext(),
    browser.newContext({ javaScriptEnabled: false }),
  ]);
  const token = await fetchFormToken(baseUrl, post);
  const clock = await reader.newPage();
  await clock.goto(`${baseUrl}/api/health`);
  await waitUntilFillable(clock, token);
  const first = await postComment(baseUrl, {
    post,
    name: "Ines Koch",
    website: "https://ines.example/",
    text: "Hilfreich, danke.",
    token,
  });
  await author.approve(first.id);
  await author.reply(first.id, "Gern geschehen.");
});

afterAll(async () => {
  await browser?.close();
});

// The four tests run at once, each with its own pages, client addresses and `expect`: the
// comments they send wait for moderation or go to spam, so no page shows another's.
describe.concurrent("the comments section on the static post page", () => {
  it("is styled exactly as on the comments page without JavaScript", async ({ expect }) => {
    const postPage = await openPostPage();
    const commentsPage = await openWithOwnAddress(noScriptReader, `/posts/${post}/comments/`);
    const onPost = await stylesOf(postPage, sectionParts);
    const onCommentsPage = await stylesOf(commentsPage, sectionParts);
    for (const selector of sectionParts) expect(onPost[selector], selector).not.toBeNull();
    // The form's heading is one level deeper on the post page, under its "Comments" heading.
    const { ".comment-form h2, .comment-form h3": _postHeading, ...postParts } = onPost;
    const { ".comment-form h2, .comment-form h3": _pageHeading, ...pageParts } = onCommentsPage;
    expect(postParts).toStrictEqual(pageParts);
    await Promise.all([postPage.close(), commentsPage.close()]);
  });

  it("shows errors and the success message with its delete link as the comments page does", async ({ expect }) => {
    const postPage = await openPostPage();
    const commentsPage = await openWithOwnAddress(noScriptReader, `/posts/${post}/comments/`);
    const text = `Stil-Test ${crypto.randomUUID()}`;
    const refused = { name: "Rita", website: "ftp://rita.example", text };
    await send(postPage, postPage, refused);
    await postPage.locator('[data-error-for="website"]:not(:empty)').waitFor();
    await Promise.all([commentsPage.waitForURL(/#comment-form$/), send(commentsPage, postPage, refused)]);
    const errorParts = ['[data-error-for="website"]'];
    expect(await stylesOf(postPage, errorParts)).toStrictEqual(await stylesOf(commentsPage, errorParts));

    const accepted = { ...refused, website: "https://rita.example" };
    await send(postPage, postPage, accepted);
    await postPage.locator("[data-form-status] .delete-note a").waitFor();
    await Promise.all([commentsPage.waitForURL(/[?&]posted=pending/), send(commentsPage, postPage, accepted)]);
    const successParts = [
      "[data-form-status] .success",
      "[data-form-status] .delete-note",
      "[data-form-status] .delete-note a",
    ];
    const onPost = await stylesOf(postPage, successParts);
    for (const selector of successParts) expect(onPost[selector], selector).not.toBeNull();
    expect(onPost).toStrictEqual(await stylesOf(commentsPage, successParts));
    await Promise.all([postPage.close(), commentsPage.close()]);
  });
});

describe.concurrent("the honeypot", () => {
  it("is out of sight, focus and the accessibility tree, under a name no autofill knows", async ({ expect }) => {
    const page = await openPostPage();
    const trap = page.locator("form[data-comment-form] [name=trap]");
    await expect(trap.isVisible()).resolves.toBe(false);
    await expect(page.locator("form[data-comment-form] .comment-trap").getAttribute("hidden")).resolves.toBe("");
    await expect(trap.getAttribute("tabindex")).resolves.toBe("-1");
    await expect(trap.getAttribute("autocomplete")).resolves.toBe("off");
    // The words browsers' autofill looks for in a field's name, id and label (Chromium's autofill_regex_constants).
    const naming = `${await trap.getAttribute("name")} ${await trap.getAttribute("id")} ${await page.locator("label[for=comment-trap]").textContent()}`;
    expect(naming).not.toMatch(
      /mail|name|phone|tel|address|street|city|zip|postal|company|url|website|homepage|card|birth/i,
    );
    await page.locator("#comment-name").focus();
    await page.keyboard.press("Shift+Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name") ?? "")).resolves.not.toBe("trap");
    await trap.focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name") ?? "")).resolves.not.toBe("trap");
    const tree = await page.locator("form[data-comment-form]").ariaSnapshot();
    expect(tree).not.toMatch(/leer lassen|leave empty/i);
    await page.close();
  });

  it("sends a bot that fills every field to the spam queue", async ({ expect }) => {
    const page = await openPostPage();
    const text = `Great post, buy now ${crypto.randomUUID()}`;
    // A bot fills every text field it finds in the markup, seen or not.
    await page.evaluate((message) => {
      for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        "form[data-comment-form] input:not([type=hidden]), form[data-comment-form] textarea",
      )) {
        field.value = field.type === "url" ? "https://bot.example" : message;
      }
    }, text);
    const form = page.locator("form[data-comment-form]");
    await waitUntilFillable(page, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith("/api/comments")),
      form.locator("button[type=submit]").click(),
    ]);
    expect(answer.status()).toBe(202);
    const spam = await author.list("spam");
    expect(spam.map((comment) => comment.text)).toContain(text);
    await page.close();
  });
});
