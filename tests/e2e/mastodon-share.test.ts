import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mastodonSharePath, postPath } from "../../shared/urls";
import { translate } from "../../src/lib/i18n";
import { launchChromium } from "../support/chromium";
import { watchPage } from "../support/page-watch";

const baseUrl = inject("baseUrl");
const siteOrigin = new URL(baseUrl).origin;
// An English post; the share page speaks the post's language.
const slug = "why-pageviews-lie";
const en = (key: Parameters<typeof translate>[1], values: Record<string, string> = {}) => translate("en", key, values);

let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  [withJs, withoutJs] = await Promise.all([launchChromium(), launchChromium({ javaScriptEnabled: false })]);
});

afterAll(async () => {
  await Promise.all([withJs?.close(), withoutJs?.close()]);
});

/** Every redirect a page follows, so that a test can see none leaves the site. */
function watchRedirects(page: Page): string[] {
  const redirects: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 300 && response.status() < 400) {
      redirects.push(`${response.url()} → ${response.headers()["location"] ?? "(none)"}`);
    }
  });
  return redirects;
}

/** Types `instance` into the post's Mastodon form and sends it; the share page opens in a tab of its own. */
async function shareFromPost(context: BrowserContext, instance: string) {
  const post = await context.newPage();
  const postProblems = watchPage(post, siteOrigin);
  await post.goto(`${baseUrl}${postPath(slug)}`);
  await post.getByLabel(en("mastodonInstance")).fill(instance);
  const [sharePage] = await Promise.all([
    context.waitForEvent("page"),
    post.getByRole("button", { name: en("shareOnMastodon") }).click(),
  ]);
  const problems = watchPage(sharePage, siteOrigin);
  const redirects = watchRedirects(sharePage);
  await sharePage.waitForLoadState("load");
  return { post, postProblems, sharePage, problems, redirects };
}

describe.each([
  { reader: "with JavaScript", context: () => withJs },
  { reader: "without JavaScript", context: () => withoutJs },
])("a reader $reader sharing on Mastodon", ({ context }) => {
  it("reaches the site's own page, which names the instance and links to its share dialog", async () => {
    const { post, postProblems, sharePage, problems, redirects } = await shareFromPost(context(), "evil.example");
    expect(new URL(sharePage.url()).origin).toBe(siteOrigin);
    expect(new URL(sharePage.url()).pathname).toBe(mastodonSharePath(slug));
    await expect(sharePage.locator("h1").textContent()).resolves.toBe(en("shareOnMastodon"));
    await expect(sharePage.locator("main").textContent()).resolves.toContain(
      en("mastodonLeaving", { instance: "evil.example" }),
    );
    const link = sharePage.getByRole("link", { name: en("mastodonContinue", { instance: "evil.example" }) });
    const href = new URL((await link.getAttribute("href")) ?? "");
    expect(href.origin).toBe("https://evil.example");
    expect(href.pathname).toBe("/share");
    // The post's URL, tagged as a reader's share (shared/campaign-tags.ts), ends the text.
    const shared = new URL(href.searchParams.get("text")?.split(" ").at(-1) ?? "");
    expect(shared.pathname).toBe(postPath(slug));
    expect(shared.searchParams.get("utm_campaign")).toBe("share");
    // No redirect at all, so none to another host; no CSP violation (Chrome reports them as console errors).
    expect(redirects).toEqual([]);
    expect(problems).toEqual([]);
    expect(postProblems.filter((problem) => /Content Security Policy|form-action/i.test(problem))).toEqual([]);
    await Promise.all([post.close(), sharePage.close()]);
  });

  it("answers a name that is no host with 400, the reader's text kept and the reason beside it", async () => {
    const { post, sharePage, problems } = await shareFromPost(context(), "https://evil.example/@me");
    const answer = await sharePage.request.get(sharePage.url());
    expect(answer.status()).toBe(400);
    await expect(sharePage.getByRole("alert").textContent()).resolves.toBe(en("mastodonInstanceInvalid"));
    await expect(sharePage.getByLabel(en("mastodonInstance")).inputValue()).resolves.toBe("https://evil.example/@me");
    expect(await sharePage.locator("a.continue-link").count()).toBe(0);
    expect(problems.filter((problem) => !/\b400\b/.test(problem))).toEqual([]);
    await Promise.all([post.close(), sharePage.close()]);
  });
});
