import type { BrowserContext, Page } from "playwright-core";
import { uniqueClientIp } from "./comment-api";

/** The AUTHOR_API_TOKEN the comment tests give their preview, so that they can approve. */
export const authorSecret = "e2e-author-secret-0123456789abcdef";

/**
 * A page of its own with its own client address. Dialogs are recorded and dismissed:
 * a script that a comment smuggled in would most likely announce itself with alert().
 */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; dialogs: string[]; status: number | undefined }> {
  const page = await context.newPage();
  await page.setExtraHTTPHeaders({ "CF-Connecting-IP": uniqueClientIp() });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(url);
  return { page, dialogs, status: response?.status() };
}

/** Waits until the comments (the fragment fetched into a post page) show `count` top-level comments. */
export async function waitForComments(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelectorAll("#comments .comment-list > li").length === expected,
    count,
  );
}

/** Waits until every image has loaded or failed, so that any onerror would have run. */
export async function waitForSettledPage(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.readyState === "complete" && [...document.images].every((image) => image.complete),
  );
}
