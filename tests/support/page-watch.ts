import type { Page } from "playwright-core";

/** URLs that name no host: inline data and object URLs the page made itself. */
const hostless = new Set(["data:", "blob:"]);

function leavesSite(url: string, siteOrigin: string): boolean {
  const parsed = new URL(url);
  return !hostless.has(parsed.protocol) && parsed.origin !== siteOrigin;
}

/**
 * Collects, for the life of `page`, everything a reader should never cause: console
 * errors, uncaught exceptions, failed or refused requests, and any request to a host
 * other than `siteOrigin` (the site promises readers no third party).
 */
export function watchPage(page: Page, siteOrigin: string): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (leavesSite(request.url(), siteOrigin)) problems.push(`request off the site: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "no reason given";
    // A request cut short because the reader navigated on (a favicon, say) is the browser's choice, not a fault.
    if (reason === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
