import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { catalogSchema } from "../../functions/schemas/catalog";
import { contentSecurityPolicy } from "../../shared/security-headers";
import { launchChromium } from "../support/chromium";
import { watchPage } from "../support/page-watch";

const baseUrl = inject("baseUrl");
const catalog = catalogSchema.parse(JSON.parse(readFileSync("dist/client/catalog.json", "utf8")));
const postPath = catalog.posts[0]?.path ?? "/";

/** One response of each kind the Worker sends: static file, on-demand page, fragment, API, error. */
const responses = [
  { kind: "static page", path: "/" },
  { kind: "static post", path: postPath },
  { kind: "static asset", path: "/favicon.svg" },
  { kind: "comments page (on demand)", path: `${postPath}comments/` },
  { kind: "comments fragment (on demand)", path: `${postPath}comments/section/` },
  { kind: "dashboard sign-in (on demand)", path: "/dashboard/sign-in/" },
  { kind: "dashboard without a session (redirect)", path: "/dashboard/" },
  { kind: "opt-out page (on demand)", path: "/analytics-opt-out/" },
  { kind: "unknown page", path: "/no-such-page/" },
  { kind: "API", path: "/api/health" },
  { kind: "API error", path: "/api/no-such-route" },
];

describe.each(responses)("the $kind ($path)", ({ path }) => {
  it("carries the security headers, and no HSTS on localhost", async () => {
    const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
    const headers = response.headers;
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(headers.get("x-frame-options")).toBe("DENY");
    const policy = headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/(^|;\s*)frame-ancestors 'none'/);
    const scripts =
      /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? /(?:^|;\s*)default-src ([^;]*)/.exec(policy)?.[1];
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(headers.get("strict-transport-security")).toBeNull();
  });
});

describe("the Content-Security-Policy", () => {
  it("is the site's one policy on pages, and allows nothing on API answers", async () => {
    for (const path of ["/", postPath, `${postPath}comments/`, "/dashboard/sign-in/"]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.headers.get("content-security-policy"), path).toBe(contentSecurityPolicy);
    }
    const api = await fetch(`${baseUrl}/api/health`);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

/** Chrome reports each thing the policy blocks as a console message naming it. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe("in chromium, the policy", () => {
  let browser: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("blocks nothing the site needs: comments load and search finds posts", async () => {
    const page = await browser.newPage();
    const problems = watchPage(page, new URL(baseUrl).origin);
    const violations = watchViolations(page);
    await page.goto(`${baseUrl}${postPath}`);
    await page.locator("html[data-comments-enhanced] #comments form[data-comment-form]").waitFor();
    await page.goto(`${baseUrl}/search/?q=newsletter`);
    await page.locator(".pagefind-ui__result").first().waitFor();
    await page.goto(`${baseUrl}/dashboard/sign-in/`);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refuses a script injected into a page", async () => {
    const page = await browser.newPage();
    const violations = watchViolations(page);
    await page.goto(`${baseUrl}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.documentElement.dataset.injected = 'yes'";
      document.body.appendChild(script);
      return document.documentElement.dataset["injected"] === "yes";
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
