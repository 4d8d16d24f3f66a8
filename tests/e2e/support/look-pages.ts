import type { BrowserContext, Page } from "playwright-core";
import { siteConfig } from "../../../site.config";
import { dashboardTranslator } from "../../../src/lib/i18n-dashboard";
import { testSecrets } from "../../support/test-secrets";
import { lookPosts } from "./look-site";

/** The sample posts' series (content/posts/, `series: "Newsletter, der wirkt"`). */
const lookSeries = "newsletter-der-wirkt";

/**
 * Every kind of page a reader or the author sees, as the look tests (accessibility, layout,
 * screenshots) open it. The site's own pages speak the site language (German here); the
 * posts and their comments pages are opened in both languages.
 */
export interface LookPage {
  /** A file-name-safe name, used for baselines too. */
  name: string;
  path: (site: { deletePath: string }) => string;
  /** The status the page answers with. */
  status?: number;
  /** Opened in a signed-in author's browser. */
  author?: boolean;
  /** Opened with JavaScript turned off. */
  noScript?: boolean;
  /** Resolves once the page's dynamic content is in place. */
  ready?: (page: Page) => Promise<void>;
  /** Selectors of what a reader must see on this page (its h1 always). */
  mustShow: string[];
}

async function commentsLoaded(page: Page): Promise<void> {
  await page.locator("[data-comments-section]:not([aria-busy])").waitFor();
  await page.locator("form[data-comment-form] button[type=submit]").waitFor();
}

/** Pagefind fills its results one by one; "Newsletter" has more than one page of them. */
async function searchAnswered(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll(".pagefind-ui__result").length === 5 &&
      document.querySelector(".pagefind-ui__button") !== null &&
      document.querySelector("#search-ui .pagefind-ui__loading") === null,
  );
}

/** A thread as every comments section must show it: comments, the author's badge, the form. */
const commentThread = [
  ".comment-list .comment",
  ".comment-badge",
  "#comment-name",
  "#comment-text",
  "form[data-comment-form] button",
];

export const lookPages: LookPage[] = [
  { name: "home", path: () => "/", mustShow: [".post-list li"] },
  { name: "post-de", path: () => `/posts/${lookPosts.de.slug}/`, ready: commentsLoaded, mustShow: commentThread },
  { name: "post-en", path: () => `/posts/${lookPosts.en.slug}/`, ready: commentsLoaded, mustShow: commentThread },
  {
    name: "post-de-no-js",
    path: () => `/posts/${lookPosts.de.slug}/`,
    noScript: true,
    mustShow: ['#comments a[href$="/comments/"]'],
  },
  {
    name: "mastodon-share",
    path: () => `/posts/${lookPosts.en.slug}/share/mastodon/?instance=mastodon.social`,
    mustShow: ["a.continue-link", "main form input"],
  },
  { name: "topic", path: () => `/topics/${lookPosts.de.topic}/`, mustShow: [".post-list li"] },
  { name: "series", path: () => `/series/${lookSeries}/`, mustShow: [".series-list li"] },
  { name: "archive", path: () => "/archive/", mustShow: ["main li a"] },
  {
    name: "search",
    path: () => "/search/?q=Newsletter",
    ready: searchAnswered,
    mustShow: [".search-label", ".pagefind-ui__result"],
  },
  {
    name: "comments-de-no-js",
    path: () => `/posts/${lookPosts.de.slug}/comments/`,
    noScript: true,
    mustShow: commentThread,
  },
  {
    name: "comments-en-no-js",
    path: () => `/posts/${lookPosts.en.slug}/comments/`,
    noScript: true,
    mustShow: commentThread,
  },
  { name: "form-refused", path: () => "/form-refused/?reason=too-large", status: 413, mustShow: ["[role=alert]"] },
  { name: "not-found", path: () => "/no-such-page/", status: 404, mustShow: ["#not-found-search"] },
  { name: "delete-comment", path: ({ deletePath }) => deletePath, mustShow: ["main form button"] },
  { name: "sign-in", path: () => "/dashboard/sign-in/", mustShow: ["input[type=password]"] },
  { name: "dashboard", path: () => "/dashboard/", author: true, mustShow: ["main table"] },
  {
    name: "dashboard-topic",
    path: () => `/dashboard/topics/${lookPosts.en.topic}/`,
    author: true,
    mustShow: ["main table"],
  },
  {
    name: "dashboard-post",
    path: () => `/dashboard/posts/${lookPosts.en.slug}/`,
    author: true,
    mustShow: ["#reading-heading", "main table"],
  },
  { name: "dashboard-campaigns", path: () => "/dashboard/campaigns/", author: true, mustShow: ["#campaigns-heading"] },
  { name: "dashboard-goals", path: () => "/dashboard/goals/", author: true, mustShow: ["#goals-heading"] },
  // A week long past: the same letter (a quiet week) whatever the day the tests run.
  {
    name: "dashboard-letter",
    path: () => "/dashboard/letter/?week=2026-W40",
    author: true,
    mustShow: [".letter-send"],
  },
  {
    name: "moderation",
    path: () => "/dashboard/comments/?status=pending",
    author: true,
    mustShow: [".moderation-card button"],
  },
];

/** Signs `browser` in as the author through the sign-in form, as the author does. */
export async function signInAuthor(browser: BrowserContext, siteUrl: string): Promise<void> {
  const t = dashboardTranslator(siteConfig.lang);
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/dashboard/sign-in/`);
  await page.getByLabel(t("password")).fill(testSecrets.AUTHOR_PASSWORD);
  await Promise.all([
    page.waitForURL(`${siteUrl}/dashboard/`),
    page.getByRole("button", { name: t("signIn") }).click(),
  ]);
  await page.close();
}

export interface LookView {
  colorScheme: "light" | "dark";
  width: number;
}

/**
 * Shows `lookPage` in `page` (a tab of the reader's, reused: opening a tab costs chromium
 * more than loading a page) in `view`, checks its status and waits for its dynamic content.
 */
export async function showLookPage(
  page: Page,
  siteUrl: string,
  lookPage: LookPage,
  site: { deletePath: string },
  view: LookView,
): Promise<Page> {
  await page.setViewportSize({ width: view.width, height: 800 });
  await page.emulateMedia({ colorScheme: view.colorScheme });
  const response = await page.goto(`${siteUrl}${lookPage.path(site)}`);
  if (response?.status() !== (lookPage.status ?? 200)) {
    throw new Error(`${lookPage.name} answered ${response?.status()}, not ${lookPage.status ?? 200}`);
  }
  await lookPage.ready?.(page);
  return page;
}
