/**
 * A reader arrives from LinkedIn, reads, comments and clicks a goal; the author's dashboard
 * credits LinkedIn with the comment and the goal (docs/traction.md, "Outcomes where they
 * happened"). Uses the shared preview: a campaign tag of its own keeps its numbers apart.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { triggerCron } from "../../scripts/lib/preview-server";
import { utcDay } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { launchChromium } from "../support/chromium";
import { holdMailtoLinks, readTrackerEvent, scrollToBottom, trackLocalhost } from "../support/reader";
import { testSecrets } from "../support/test-secrets";
import { authorApi, idOfDeleteUrl, waitUntilFillable } from "./support/comment-api";

const baseUrl = inject("baseUrl");
const t = dashboardTranslator(siteConfig.lang);
const post = { slug: "linkedin-und-xing-fuer-b2b-berater", topic: "Social Media" };
const campaign = `e2e-${crypto.randomUUID().slice(0, 8)}`;
let reader: BrowserContext;
let author: BrowserContext;

beforeAll(async () => {
  [reader, author] = await Promise.all([launchChromium({ asReader: true }), launchChromium()]);
  await trackLocalhost(reader);
});

afterAll(async () => {
  await Promise.all([reader?.close(), author?.close()]);
});

/** From a LinkedIn post to the article: reads it to the end, comments, and contacts the author. */
async function readCommentAndContact(page: Page): Promise<number> {
  const landing = await page.goto(`${baseUrl}/posts/${post.slug}/?utm_campaign=${campaign}`, {
    referer: "https://www.linkedin.com/",
  });
  expect(landing?.status()).toBe(200);
  await scrollToBottom(page);
  const form = page.locator("html[data-comments-enhanced] form[data-comment-form]");
  await form.waitFor();
  await form.locator('input[name="name"]').fill("Lena LinkedIn");
  await form.locator("textarea").fill(`Came here from LinkedIn, ${campaign}.`);
  await waitUntilFillable(page, (await form.locator('input[name="token"]').getAttribute("value")) ?? "");
  await form.locator('button[type="submit"]').click();
  const deleteLink = form.locator("[data-form-status] .delete-note a");
  await deleteLink.waitFor();
  await holdMailtoLinks(page);
  await Promise.all([
    page.waitForResponse(
      (response) => readTrackerEvent(response.request())?.type === "goal" && response.status() === 202,
    ),
    page.locator('footer a[data-goal="contact"]').click(),
  ]);
  return idOfDeleteUrl((await deleteLink.getAttribute("href")) ?? "");
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/dashboard/sign-in/`);
  await page.getByLabel(t("password")).fill(testSecrets.AUTHOR_PASSWORD);
  await Promise.all([
    page.waitForURL(`${baseUrl}/dashboard/`),
    page.getByRole("button", { name: t("signIn") }).click(),
  ]);
}

/** The whole numbers of a table row's cells, as the dashboard prints them. */
async function readRow(row: Locator): Promise<string[]> {
  return (await row.locator("th, td").allTextContents()).map((text) => text.trim());
}

describe("a reader from LinkedIn who comments and converts", () => {
  it("is credited to LinkedIn for the topic's comment and goal", async () => {
    const page = await reader.newPage();
    const commentId = await readCommentAndContact(page);
    await page.close();
    await authorApi(baseUrl, testSecrets.AUTHOR_API_TOKEN).approve(commentId);
    await triggerCron(baseUrl, "*/5 * * * *");

    const dashboard = await author.newPage();
    await signIn(dashboard);
    const today = utcDay(new Date());
    await dashboard.goto(`${baseUrl}/dashboard/posts/${post.slug}/?from=${today}&to=${today}`);
    const campaignRow = dashboard.getByRole("row").filter({ hasText: campaign });
    // channel, source, campaign, views, engaged reads, read-through, goals, comments
    const cells = await readRow(campaignRow);
    expect(cells.slice(0, 3)).toEqual([t("channelSocial"), "LinkedIn", campaign]);
    expect(cells.slice(-2)).toEqual(["1", "1"]);

    await dashboard.goto(`${baseUrl}/dashboard/goals/?from=${today}&to=${today}`);
    const goalRow = dashboard
      .getByRole("row")
      .filter({ hasText: "LinkedIn" })
      .filter({ hasText: post.topic })
      .filter({ hasText: t("channelSocial") });
    await expect(goalRow.count()).resolves.toBe(1);
    await dashboard.close();
  });
});
