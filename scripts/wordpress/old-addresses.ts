/**
 * The old blog's addresses and where each now lives, for content/redirects.json: every
 * permalink (and its old slugs), `?p=` and `?page_id=`, category and tag archives (to the
 * topic), their feeds and the blog's feeds (to the RSS feeds), date archives (to the archive
 * page). In priority order, since only the first 2,000 fit into `_redirects` (src/lib/old-links.ts);
 * the Worker answers the others. Category and tag archives are assumed at WordPress's default
 * bases, /category/ and /tag/.
 */
import {
  archivePath,
  archiveYearPath,
  feedPath,
  pagePath,
  postPath,
  topicFeedPath,
  topicPath,
} from "../../shared/urls.ts";
import { type OldLink, oldLinkKey } from "../../src/lib/old-links.ts";
import { topicSlug } from "../../src/lib/topics.ts";
import { isPublishedNow, type PlannedEntry } from "./plan-entries.ts";
import type { WxrTerm } from "./wxr.ts";

const blogFeeds = ["/feed/", "/feed/rss2/", "/feed/atom/", "/feed/rdf/", "/rss/", "/comments/feed/", "/?feed=rss2"];

/** The path and query of an address on the old blog, or undefined when it points elsewhere. */
function pathOn(link: string, siteLink: string): string | undefined {
  if (!URL.canParse(link, siteLink)) return undefined;
  const url = new URL(link, siteLink);
  if (url.host !== new URL(siteLink).host) return undefined;
  return `${url.pathname}${url.search}`;
}

/** The item's permalink with an old slug in place of its last segment. */
function withOldSlug(path: string, oldSlug: string): string | undefined {
  if (path.includes("?")) return undefined;
  const replaced = path.replace(/[^/]+(\/?)$/, `${encodeURIComponent(oldSlug)}$1`);
  return replaced === path ? undefined : replaced;
}

function entryAddresses(entry: PlannedEntry, siteLink: string): OldLink[] {
  const to = entry.kind === "post" ? postPath(entry.slug) : pagePath(entry.slug);
  const permalink = pathOn(entry.item.link, siteLink);
  const oldSlugs = (entry.item.meta["_wp_old_slug"] ?? "").split("\n").filter((slug) => slug !== "");
  const paths = [
    permalink,
    ...oldSlugs.map((slug) => (permalink ? withOldSlug(permalink, slug) : undefined)),
    entry.kind === "post" ? `/?p=${entry.item.id}` : `/?page_id=${entry.item.id}`,
  ];
  return paths.flatMap((from) => (from && oldLinkKey(from) !== oldLinkKey(to) ? [{ from, to }] : []));
}

function termAddresses(terms: readonly WxrTerm[]): OldLink[] {
  const links: OldLink[] = [];
  for (const term of terms) {
    const base = term.domain === "category" ? "/category/" : term.domain === "post_tag" ? "/tag/" : undefined;
    const slug = topicSlug(term.name);
    if (!base || term.nicename === "") continue;
    const archive = `${base}${term.nicename}/`;
    links.push({ from: archive, to: slug === "" ? archivePath : topicPath(slug) });
    links.push({ from: `${archive}feed/`, to: slug === "" ? feedPath : topicFeedPath(slug) });
  }
  return links;
}

function dateArchives(dates: readonly Date[]): OldLink[] {
  const links: OldLink[] = [];
  for (const date of dates) {
    const [year, month, day] = date.toISOString().slice(0, 10).split("-");
    const to = archiveYearPath(date.getUTCFullYear());
    links.push(
      { from: `/${year}/`, to },
      { from: `/${year}/${month}/`, to },
      { from: `/${year}/${month}/${day}/`, to },
    );
  }
  return links;
}

/**
 * The redirects of the published entries (drafts have no public address yet). Topics link
 * only to topics that a published post has, so that no redirect ends at a missing page.
 */
export function planOldAddresses(entries: readonly PlannedEntry[], siteLink: string): OldLink[] {
  const published = entries.filter(isPublishedNow);
  const topics = new Set(
    published.flatMap((entry) => ("tags" in entry.frontmatter ? entry.frontmatter.tags.map(topicSlug) : [])),
  );
  const terms = published
    .filter((entry) => entry.kind === "post")
    .flatMap((entry) => entry.item.terms)
    .map((term) => (topics.has(topicSlug(term.name)) ? term : { ...term, name: "" }));
  const all = [
    ...published.flatMap((entry) => entryAddresses(entry, siteLink)),
    ...blogFeeds.map((from) => ({ from, to: feedPath })),
    ...termAddresses(terms),
    ...dateArchives(published.filter((entry) => entry.kind === "post").map((entry) => new Date(entry.item.date))),
  ];
  const seen = new Set<string>();
  return all.filter((link) => {
    const key = oldLinkKey(link.from);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
