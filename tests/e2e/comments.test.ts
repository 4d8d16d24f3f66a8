/**
 * Starts its own preview, not the shared one: COMMENT_WEBHOOK_URL must point at this file's
 * stand-in webhook server, and `wrangler dev --var` sets it only when a preview starts.
 *
 * The three groups run at once (each test with its own `expect`): each comments on a post of
 * its own, from client addresses of its own, and finds its deliveries by its own text, so they
 * wait out the form's minimum fill time together instead of one after the other.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeForDiscord } from "../../functions/comments/webhook-text";
import { type PreviewServer, startPreview } from "../../scripts/lib/preview-server";
import { siteConfig } from "../../site.config";
import { translate } from "../../src/lib/i18n";
import { launchChromium } from "../support/chromium";
import { authorApi, fetchFormToken, idOfDeleteUrl, postComment, waitUntilFillable } from "./support/comment-api";
import { authorSecret, openPage, waitForComments } from "./support/comment-pages";
import { startWebhookServer, type WebhookServer } from "./support/webhook-server";

// Deliveries naming this reader get a 500, as from a webhook endpoint that is down.
const failingReader = "Reader whose webhook fails";

let preview: PreviewServer;
let hooks: WebhookServer;
let browser: BrowserContext;
let browserWithoutJs: BrowserContext;

beforeAll(async () => {
  hooks = await startWebhookServer((delivery) => (delivery["name"] === failingReader ? 500 : 200));
  [preview, browser, browserWithoutJs] = await Promise.all([
    startPreview({ vars: { AUTHOR_API_TOKEN: authorSecret, COMMENT_WEBHOOK_URL: hooks.url } }),
    launchChromium(),
    launchChromium({ javaScriptEnabled: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), browserWithoutJs?.close()]);
  await preview?.stop();
  await hooks?.close();
});

const en = (key: Parameters<typeof translate>[1]) => translate("en", key);

async function openPostPage(context: BrowserContext, path: string) {
  const opened = await openPage(context, `${preview.url}${path}`);
  expect(opened.status).toBe(200);
  return opened;
}

describe.concurrent("a reader without JavaScript", () => {
  it("comments through the comments page, and sees the comment once approved", async ({ expect }) => {
    const post = "newsletter-metrics-after-open-rates";
    const text = `</textarea><script>alert(1)</script> No-JS reader ${crypto.randomUUID()}`;
    const { page, dialogs } = await openPostPage(browserWithoutJs, `/posts/${post}/`);
    // Without JavaScript the page cannot poll a condition, so a second page keeps the time.
    const clock = await browser.newPage();
    await Promise.all([
      page.waitForURL(`${preview.url}/posts/${post}/comments/`),
      page.locator(`#comments a[href="/posts/${post}/comments/"]`).click(),
    ]);

    const form = page.locator("form[data-comment-form]");
    await form.locator('input[name="name"]').fill("Nora No-Script");
    await form.locator('input[name="website"]').fill("ftp://x");
    await form.locator("textarea").fill(text);
    await waitUntilFillable(clock, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.waitForURL(/#comment-form$/),
      form.locator('button[type="submit"]').click(),
    ]);
    expect(refused.status()).toBe(400);
    await expect(form.locator('[data-error-for="website"]').textContent()).resolves.toBe(en("errorWebsite"));
    await expect(form.locator("textarea").inputValue()).resolves.toBe(text);
    await expect(form.locator('input[name="name"]').inputValue()).resolves.toBe("Nora No-Script");

    await form.locator('input[name="website"]').fill("https://nora.example");
    await waitUntilFillable(clock, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
    await Promise.all([page.waitForURL(/[?&]posted=pending/), form.locator('button[type="submit"]').click()]);
    await expect(form.locator("[data-form-status] .success").textContent()).resolves.toBe(en("statusPending"));
    const deleteUrl = (await form.locator("[data-form-status] .delete-note a").getAttribute("href")) ?? "";
    expect(deleteUrl).toMatch(/^\/comments\/delete\/\?id=\d+&token=[0-9a-f]{64}$/);
    await expect(page.locator(".comment-list").textContent()).resolves.not.toContain(text);
    // The form page tells the author too, in the background, as the API does.
    await expect(hooks.nextDelivery((delivery) => delivery["message"] === text)).resolves.toMatchObject({
      name: "Nora No-Script",
      status: "pending",
    });

    await authorApi(preview.url, authorSecret).approve(idOfDeleteUrl(deleteUrl));
    await page.goto(`${preview.url}/posts/${post}/comments/`);
    const listed = page.locator(`#comment-${idOfDeleteUrl(deleteUrl)}`);
    await expect(listed.locator(".meta").textContent()).resolves.toContain("Nora No-Script");
    await expect(listed.locator("article > p:not(.meta)").first().textContent()).resolves.toBe(text);
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), clock.close()]);

    const withJs = await openPostPage(browser, `/posts/${post}/`);
    await waitForComments(withJs.page, 1);
    await expect(withJs.page.locator(`#comment-${idOfDeleteUrl(deleteUrl)} article`).textContent()).resolves.toContain(
      text,
    );
    expect(withJs.dialogs).toEqual([]);
    await withJs.page.close();
  });
});

describe.concurrent("a reader with JavaScript", () => {
  it("comments inline, keeps the text on an error, and deletes the comment with the private link", async ({
    expect,
  }) => {
    const post = "repurposing-one-article-for-five-channels";
    const text = `Inline reader ${crypto.randomUUID()}`;
    const { page, dialogs } = await openPostPage(browser, `/posts/${post}/`);
    const form = page.locator("html[data-comments-enhanced] form[data-comment-form]");
    await form.waitFor();
    await form.locator('input[name="name"]').fill("Ines Inline");
    await form.locator('input[name="website"]').fill("ftp://x");
    await form.locator("textarea").fill(text);
    await waitUntilFillable(page, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");

    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('[data-error-for="website"]')?.textContent !== "");
    await expect(form.locator('[data-error-for="website"]').textContent()).resolves.toBe(en("errorWebsite"));
    await expect(form.locator("textarea").inputValue()).resolves.toBe(text);
    expect(page.url()).toBe(`${preview.url}/posts/${post}/`);

    await form.locator('input[name="website"]').fill("https://ines.example");
    await form.locator('button[type="submit"]').click();
    const deleteLink = form.locator("[data-form-status] .delete-note a");
    await deleteLink.waitFor();
    await expect(form.locator("[data-form-status] .success").textContent()).resolves.toBe(en("statusPending"));
    await expect(form.locator('[data-error-for="website"]').textContent()).resolves.toBe("");
    const deleteUrl = (await deleteLink.getAttribute("href")) ?? "";
    const id = idOfDeleteUrl(deleteUrl);
    const author = authorApi(preview.url, authorSecret);
    expect((await author.list("pending")).map((comment) => comment.id)).toContain(id);

    await Promise.all([page.waitForURL(/\/comments\/delete\//), deleteLink.click()]);
    await page.locator("form.inline-form button").click();
    await expect(page.locator('p[role="status"]').textContent()).resolves.toBe(
      translate(siteConfig.lang, "deleteDone"),
    );
    expect((await author.list("pending")).map((comment) => comment.id)).not.toContain(id);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe.concurrent("the comment webhook", () => {
  it("receives each new comment as JSON, and a failing endpoint loses no comment", async ({ expect }) => {
    const post = "why-pageviews-lie";
    const author = authorApi(preview.url, authorSecret);
    const clock = await browser.newPage();
    const token = await fetchFormToken(preview.url, post);
    await waitUntilFillable(clock, token);
    await clock.close();

    const text = `Webhook test ${crypto.randomUUID()}`;
    const accepted = await postComment(preview.url, { post, name: "Wendy Webhook", text, token });
    const delivery = await hooks.nextDelivery((candidate) => candidate["message"] === text);
    expect(delivery).toMatchObject({
      name: "Wendy Webhook",
      status: "pending",
      url: `${preview.url}/posts/${post}/`,
      text: expect.stringContaining(text),
      // Discord's copy has every Markdown character escaped (functions/comments/webhook-text.ts).
      content: expect.stringContaining(escapeForDiscord(text)),
    });
    expect((await author.list("pending")).map((comment) => comment.id)).toContain(accepted.id);

    const failingText = `Webhook down ${crypto.randomUUID()}`;
    const kept = await postComment(preview.url, { post, name: failingReader, text: failingText, token });
    await hooks.nextDelivery((candidate) => candidate["message"] === failingText);
    expect(await author.list("pending")).toContainEqual(
      expect.objectContaining({ id: kept.id, name: failingReader, text: failingText }),
    );
  });
});
