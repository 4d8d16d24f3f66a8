import { readFile } from "node:fs/promises";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { triggerCron } from "../../scripts/lib/preview-server";
import { utcDay } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { launchChromium } from "../support/chromium";
import { watchPage } from "../support/page-watch";
import { sendReads } from "../support/seed-api";
import { testSecrets } from "../support/test-secrets";
import { fetchFormToken, postComment, waitUntilFillable } from "./support/comment-api";

const baseUrl = inject("baseUrl");
const t = dashboardTranslator(siteConfig.lang);
// The post's only topic is Content Strategy, and no other e2e test reads it, so its numbers are ours alone.
const seeded = {
  topic: { slug: "content-strategy", name: "Content Strategy" },
  post: { slug: "redaktionsplan-den-man-durchhaelt", title: "Ein Redaktionsplan, den Sie tatsächlich durchhalten" },
  views: 6,
  engaged: 4,
};
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A whole number as the dashboard prints it in the site language ("1.234" in German). */
async function readCount(cell: Locator): Promise<number> {
  return Number(((await cell.textContent()) ?? "").replace(/\D/g, ""));
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/dashboard/`);
  await page.waitForURL(`${baseUrl}/dashboard/sign-in/`);
  await page.getByLabel(t("password")).fill(testSecrets.AUTHOR_PASSWORD);
  await Promise.all([
    page.waitForURL(`${baseUrl}/dashboard/`),
    page.getByRole("button", { name: t("signIn") }).click(),
  ]);
}

describe("the author's dashboard", () => {
  it("ranks a read topic, opens it, approves a comment and signs out", async () => {
    const marker = `Danke für den Plan – e2e ${Date.now()}`;
    const token = await fetchFormToken(baseUrl, seeded.post.slug);
    await sendReads(baseUrl, {
      path: `/posts/${seeded.post.slug}/`,
      views: seeded.views,
      engaged: seeded.engaged,
      referrer: "https://www.linkedin.com/",
    });
    // Roll-ups and the catalog sync run in the Cron Trigger; the dashboard reads only roll-ups.
    await triggerCron(baseUrl, "*/5 * * * *");

    const page = await browser.newPage();
    const problems = watchPage(page, new URL(baseUrl).origin);
    await signIn(page);

    const topicRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: seeded.topic.name, exact: true }) });
    // The ranking compares complete days: today's reads show apart, and the topic is ranked without them.
    await expect(topicRow.textContent()).resolves.toContain(t("smallSample"));
    await expect(page.getByText(t("soFarToday")).count()).resolves.toBe(1);

    await Promise.all([
      page.waitForURL((url) => url.pathname === `/dashboard/topics/${seeded.topic.slug}/`),
      topicRow.getByRole("link", { name: seeded.topic.name, exact: true }).click(),
    ]);
    // The topic's posts for a period that includes today, where the reads are.
    const today = utcDay(new Date());
    await page.goto(`${baseUrl}/dashboard/topics/${seeded.topic.slug}/?from=${today}&to=${today}`);
    const postRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: seeded.post.title }) });
    await expect(readCount(postRow.locator("td").nth(1))).resolves.toBe(seeded.views);
    await expect(readCount(postRow.locator("td").nth(3))).resolves.toBe(seeded.engaged);

    await waitUntilFillable(page, token);
    const comment = await postComment(baseUrl, { post: seeded.post.slug, name: "Leserin", text: marker, token });
    expect(comment.status).toBe("pending");
    await page.goto(`${baseUrl}/dashboard/comments/?status=pending`);
    const card = page.locator(`#comment-${comment.id}`);
    await expect(card.textContent()).resolves.toContain(marker);
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("done") === "approved"),
      card.getByRole("button", { name: t("approve") }).click(),
    ]);
    await expect(page.getByRole("status").textContent()).resolves.toBe(t("doneApproved"));
    expect(await card.count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: t("exportComments") }).click(),
    ]);
    const exported = z
      .object({ comments: z.array(z.looseObject({ id: z.number(), text: z.string(), status: z.string() })) })
      .parse(JSON.parse(await readFile(await download.path(), "utf8")));
    expect(exported.comments).toContainEqual(
      expect.objectContaining({ id: comment.id, text: marker, status: "approved" }),
    );

    const commentsPage = await page.goto(`${baseUrl}/posts/${seeded.post.slug}/comments/`);
    expect(commentsPage?.status()).toBe(200);
    await expect(page.locator("#comments").textContent()).resolves.toContain(marker);

    await page.goto(`${baseUrl}/dashboard/`);
    await Promise.all([
      page.waitForURL(`${baseUrl}/dashboard/sign-in/?signed-out=1`),
      page.getByRole("button", { name: t("signOut"), exact: true }).click(),
    ]);
    await page.goto(`${baseUrl}/dashboard/`);
    expect(page.url()).toBe(`${baseUrl}/dashboard/sign-in/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("stays closed without a session", async () => {
    const response = await fetch(`${baseUrl}/dashboard/comments/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/\/dashboard\/sign-in\/$/);
  });
});
