import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type PreviewServer, startPreview } from "../../scripts/lib/preview-server";
import { siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { launchChromiumBrowser } from "../support/chromium";
import { testSecrets } from "../support/test-secrets";

const baseUrl = inject("baseUrl");
const t = dashboardTranslator(siteConfig.lang);
let browser: Browser;
let weakPreview: PreviewServer | undefined;

beforeAll(async () => {
  browser = await launchChromiumBrowser();
  // A preview of its own whose password is too short: the dashboard must stay closed.
  weakPreview = await startPreview({ vars: { AUTHOR_PASSWORD: "too-short" } });
});

afterAll(async () => {
  await browser?.close();
  await weakPreview?.stop();
});

/** A browser of its own (own cookies), signed in through the sign-in page. */
async function signedInBrowser(): Promise<{ context: BrowserContext; page: Page; cookie: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/dashboard/sign-in/`);
  await page.getByLabel(t("password")).fill(testSecrets.AUTHOR_PASSWORD);
  await Promise.all([
    page.waitForURL(`${baseUrl}/dashboard/`),
    page.getByRole("button", { name: t("signIn") }).click(),
  ]);
  const [session] = await context.cookies();
  if (!session) throw new Error("No cookie after signing in");
  return { context, page, cookie: `${session.name}=${session.value}` };
}

/** Whether a copy of a cookie, sent from elsewhere, still opens a dashboard page. */
async function opensDashboard(cookie: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/dashboard/goals/`, { headers: { Cookie: cookie }, redirect: "manual" });
  return response.status === 200;
}

describe("the author's sessions", () => {
  it("keeps the __Host- cookie over http://127.0.0.1, where chromium counts as secure", async () => {
    const { context } = await signedInBrowser();
    const [session] = await context.cookies();
    expect(session).toMatchObject({
      name: "__Host-resonanz_author",
      path: "/",
      secure: true,
      httpOnly: true,
      sameSite: "Strict",
    });
    await context.close();
  });

  it("signing out ends the session on the server: a copied cookie no longer opens the dashboard", async () => {
    const first = await signedInBrowser();
    const second = await signedInBrowser();
    expect(await opensDashboard(first.cookie)).toBe(true);
    await Promise.all([
      first.page.waitForURL(`${baseUrl}/dashboard/sign-in/?signed-out=1`),
      first.page.getByRole("button", { name: t("signOut"), exact: true }).click(),
    ]);
    expect(await opensDashboard(first.cookie)).toBe(false);
    expect(await opensDashboard(second.cookie)).toBe(true);
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it("signing out everywhere ends every session, in every browser", async () => {
    const laptop = await signedInBrowser();
    const phone = await signedInBrowser();
    await Promise.all([
      laptop.page.waitForURL(`${baseUrl}/dashboard/sign-in/?signed-out=everywhere`),
      laptop.page.getByRole("button", { name: t("signOutEverywhere") }).click(),
    ]);
    await expect(laptop.page.getByRole("status").textContent()).resolves.toBe(t("signedOutEverywhere"));
    expect(await opensDashboard(laptop.cookie)).toBe(false);
    expect(await opensDashboard(phone.cookie)).toBe(false);
    await phone.page.goto(`${baseUrl}/dashboard/`);
    expect(phone.page.url()).toBe(`${baseUrl}/dashboard/sign-in/`);
    await Promise.all([laptop.context.close(), phone.context.close()]);
  });
});

describe("a password that is too short", () => {
  it("keeps the dashboard closed with 503 and says which secret to replace, and how", async () => {
    const url = weakPreview?.url ?? "";
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ["/dashboard/sign-in/", "/dashboard/"]) {
      const response = await page.goto(`${url}${path}`);
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(t("weakSecretTitle"));
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).toContain(t("weakSecretIntro", { name: "AUTHOR_PASSWORD", minimum: 12 }));
      expect(text).toContain("openssl rand -base64 24");
      expect(text).not.toContain("too-short");
      expect(await page.getByLabel(t("password")).count()).toBe(0);
    }
    const api = await fetch(`${url}/api/admin/comments`);
    expect(api.status).toBe(503);
    expect(weakPreview?.log()).toContain("AUTHOR_PASSWORD has 9 characters, fewer than the 12 required");
    await context.close();
  });
});
