import {
  archivePath,
  commentsPagePath,
  deleteCommentPage,
  optOutPath,
  pagePath,
  postPath,
  searchPath,
  seriesPath,
  topicPath,
  topicsPath,
} from "../../shared/urls";
import { siteConfig } from "../../site.config";

/** `/`, `/2/`, `/3/`…: the pages a list of `count` posts takes under `firstPath` (Astro's paginate). */
function listPagesOf(firstPath: string, count: number): string[] {
  const pages = Math.max(1, Math.ceil(count / siteConfig.postsPerPage));
  return Array.from({ length: pages }, (_, index) => (index === 0 ? firstPath : `${firstPath}${index + 1}/`));
}

/**
 * Every path a reader can open on the site, as the collector stores paths: the home pages,
 * each post and its comments page, each topic's pages, each series, the standalone pages and the fixed
 * pages. Computed from the same posts and rules that the routes in src/pages/ build from;
 * tests/build/catalog-pages.test.ts holds it to the HTML files the build wrote.
 */
export function listSitePagePaths(input: {
  postSlugs: string[];
  /** Posts per topic slug. */
  topicPosts: Map<string, number>;
  /** Series slugs, once or more each; an empty slug names no series. */
  seriesSlugs: string[];
  pageSlugs: string[];
}): string[] {
  const paths = [
    ...listPagesOf("/", input.postSlugs.length),
    archivePath,
    searchPath,
    topicsPath,
    optOutPath,
    deleteCommentPage,
    ...input.postSlugs.flatMap((slug) => [postPath(slug), commentsPagePath(slug)]),
    ...[...input.topicPosts].flatMap(([slug, count]) => listPagesOf(topicPath(slug), count)),
    ...input.seriesSlugs.filter((slug) => slug !== "").map(seriesPath),
    ...input.pageSlugs.map(pagePath),
  ];
  return [...new Set(paths)].sort();
}
