import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { executeD1, sqlText } from "../../scripts/lib/d1";
import { launchChromium } from "../support/chromium";
import { testSecrets } from "../support/test-secrets";
import { authorApi, fetchFormToken, postComment, sendComment, waitUntilFillable } from "./support/comment-api";
import { openPage, waitForComments, waitForSettledPage } from "./support/comment-pages";
import { inspectCommentLists, textPayloads, websitePayloads } from "./support/xss-payloads";

// The shared behaviour preview: no other e2e file comments on the two posts below, so their
// comments are this file's alone. (Its payloads name 127.0.0.1, which is why the privacy
// audit, scanning a whole D1 for IP addresses, keeps a preview of its own.)
const preview = { url: inject("baseUrl"), persistTo: inject("basePersistTo") };
const authorSecret = testSecrets.AUTHOR_API_TOKEN;
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPostPage(path: string) {
  const opened = await openPage(browser, `${preview.url}${path}`);
  expect(opened.status).toBe(200);
  return opened;
}

// The two tests run at once, each on its own post and with its own `expect`.
describe.concurrent("comments with script in them", () => {
  it("show every payload as text in name and comment, and run none", async ({ expect }) => {
    const post = "measuring-marketing-without-vanity-metrics";
    const author = authorApi(preview.url, authorSecret);
    const clock = await browser.newPage();
    const token = await fetchFormToken(preview.url, post);
    await waitUntilFillable(clock, token);
    for (const payload of textPayloads) {
      const { id } = await postComment(preview.url, { post, name: payload, text: payload, token });
      await author.approve(id);
    }

    for (const path of [`/posts/${post}/`, `/posts/${post}/comments/`]) {
      const { page, dialogs } = await openPostPage(path);
      await waitForComments(page, textPayloads.length);
      await waitForSettledPage(page);
      expect(await inspectCommentLists(page)).toEqual({ foreignElements: [], scriptAttributes: [], scriptLinks: [] });
      const items = page.locator("#comments .comment-list > li");
      for (const [index, payload] of textPayloads.entries()) {
        await expect(items.nth(index).locator(".meta strong").textContent()).resolves.toBe(payload);
        await expect(items.nth(index).locator("article > p:not(.meta)").first().textContent()).resolves.toBe(payload);
      }
      expect(await page.locator("iframe, object, embed, base").count()).toBe(0);
      const scripts = await page
        .locator("script")
        .evaluateAll((elements) => elements.map((element) => element.textContent));
      expect(scripts.filter((script) => script?.includes("alert("))).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    }
    await clock.close();
  });

  it("never turn a website into a script link, even one stored past the API's check", async ({ expect }) => {
    const post = "utm-links-that-survive-reporting";
    const token = await fetchFormToken(preview.url, post);
    for (const website of websitePayloads.filter((payload) => !/^https?:/.test(payload))) {
      const response = await sendComment(preview.url, { post, name: "Mallory", text: "Hi", website, token });
      expect(response.status, website).toBe(400);
    }

    const rows = websitePayloads.map(
      (website, index) =>
        `(${sqlText(post)}, ${sqlText(`Site ${index}`)}, ${sqlText(website)}, 'Website test', 'approved', ${Date.now() + index})`,
    );
    await executeD1(
      preview.persistTo,
      `INSERT INTO comments (post_slug, name, website, text, status, created_at) VALUES ${rows.join(",\n")};`,
    );
    const [stored = []] = await executeD1(
      preview.persistTo,
      `SELECT website FROM comments WHERE post_slug = ${sqlText(post)} ORDER BY created_at`,
    );
    expect(stored.map((row) => row["website"])).toEqual(websitePayloads);

    for (const path of [`/posts/${post}/`, `/posts/${post}/comments/`]) {
      const { page, dialogs } = await openPostPage(path);
      await waitForComments(page, websitePayloads.length);
      const inspection = await inspectCommentLists(page);
      expect(inspection.foreignElements).toEqual([]);
      expect(inspection.scriptAttributes).toEqual([]);
      // An http(s) website stays inside its href (normalised, quotes percent-encoded) instead of opening a new attribute.
      const hrefs = await page
        .locator(".comment-list .meta a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs).toEqual(
        expect.arrayContaining(
          websitePayloads.filter((payload) => /^https?:/.test(payload)).map((payload) => new URL(payload).href),
        ),
      );
      expect(inspection.scriptLinks).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });
});
