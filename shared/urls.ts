/**
 * The one owner of the site's paths, for the pages, the API and the scripts alike. Only
 * paths, never origins: the origin is the author's setting (site.config.ts).
 */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}/`;
}

/** A post's comments without JavaScript, where the no-JS form posts to. */
export function commentsPagePath(slug: string): string {
  return `${postPath(slug)}comments/`;
}

/** The comments section as a fragment, fetched into the static post page. */
export function commentsSectionPath(slug: string): string {
  return `${postPath(slug)}comments/section/`;
}

/** The page that names a reader's Mastodon instance and links to its share dialog. */
export function mastodonSharePath(slug: string): string {
  return `${postPath(slug)}share/mastodon/`;
}

export const deleteCommentPage = "/comments/delete/";

/** A reader's private link to delete their own comment; the token is shown once, never stored. */
export function deleteCommentPath(id: number, token: string): string {
  return `${deleteCommentPage}?id=${id}&token=${token}`;
}

/** Whether a path taken from a query string is a deletion link, so that a page never links elsewhere. */
export function isDeleteCommentPath(path: string): boolean {
  return path.startsWith(deleteCommentPage);
}

/** Every topic with its number of posts. */
export const topicsPath = "/topics/";

/** Where the author opts their own browser out of the analytics. */
export const optOutPath = "/analytics-opt-out/";

export function topicPath(slug: string): string {
  return `/topics/${slug}/`;
}

/** A topic's own RSS feed. */
export function topicFeedPath(slug: string): string {
  return `${topicPath(slug)}rss.xml`;
}

/** A series' own page: its posts in order (slug from `slugify` in src/lib/topics.ts). */
export function seriesPath(slug: string): string {
  return `/series/${slug}/`;
}

export const dashboardPath = "/dashboard/";

/** The author's page of one topic, for a period, optionally at one of its sections. */
export function dashboardTopicPath(slug: string, period: { from: string; to: string }, section = ""): string {
  const query = new URLSearchParams(period).toString();
  return `${dashboardPath}topics/${encodeURIComponent(slug)}/?${query}${section ? `#${section}` : ""}`;
}

/** The dashboard's overview for a period, optionally at one of its sections. */
export function dashboardPeriodPath(period: { from: string; to: string }, section = ""): string {
  return `${dashboardPath}?${new URLSearchParams(period).toString()}${section ? `#${section}` : ""}`;
}

export const signInPath = "/dashboard/sign-in/";

/** The author's report of one post, for a period. */
export function dashboardPostPath(slug: string, period: { from: string; to: string }): string {
  return `${dashboardPath}posts/${encodeURIComponent(slug)}/?${new URLSearchParams(period).toString()}`;
}

/** The author's campaign and goal reports. */
export const dashboardCampaignsPath = `${dashboardPath}campaigns/`;
export const dashboardGoalsPath = `${dashboardPath}goals/`;

/** A standalone page (content/pages/<slug>.md), at the top level as on most blogs: /impressum/. */
export function pagePath(slug: string): string {
  return `/${encodeURIComponent(slug)}/`;
}

export const archivePath = "/archive/";

/** The id of a year's section on the archive page, and a link to it. */
export function archiveYearId(year: number): string {
  return `year-${year}`;
}

export function archiveYearPath(year: number): string {
  return `${archivePath}#${archiveYearId(year)}`;
}
export const searchPath = "/search/";

/**
 * The social cards (1200×630 PNG) that the build writes and link previews show: one per post
 * without a card of its own, one per topic, and the site's for every other page.
 */
export function cardPath(slug: string): string {
  return `/cards/posts/${encodeURIComponent(slug)}.png`;
}

export function topicCardPath(slug: string): string {
  return `/cards/topics/${slug}.png`;
}

export const siteCardPath = "/cards/site.png";

/** The page that answers a post the site's forms refuse to read (too large, not a form); `reason` names which. */
export function formRefusedPath(reason: string): string {
  return `/form-refused/?${new URLSearchParams({ reason })}`;
}

export const feedPath = "/rss.xml";

/**
 * The top-level names the site itself uses, which a page cannot take: a page at /posts/ or
 * /2/ (the home page's second page) would collide with the site's own routes.
 */
const siteOwnNames = new Set([
  "posts",
  "topics",
  "series",
  "archive",
  "search",
  "dashboard",
  "api",
  "comments",
  "analytics-opt-out",
  "form-refused",
  "pagefind",
  "cards",
  "_astro",
  "cdn-cgi",
  "404",
  "500",
]);

export function isReservedPageSlug(slug: string): boolean {
  return siteOwnNames.has(slug) || /^\d+$/.test(slug) || slug.includes(".");
}
