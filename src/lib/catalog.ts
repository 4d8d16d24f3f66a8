import type { Catalog } from "../../functions/schemas/catalog";
import { postPath } from "../../shared/urls";
import { type SiteLanguage, siteConfig } from "../../site.config";
import { listSitePagePaths } from "./page-paths";
import { seriesSlug } from "./series";
import { topicSlug } from "./topics";

/** What the catalog needs of a published post, from Astro's collection or from its file. */
export interface CatalogSource {
  slug: string;
  title: string;
  lang?: SiteLanguage | undefined;
  pubDate: Date;
  comments: "open" | "closed";
  tags: string[];
  /** The series the post is a part of, by name (src/lib/series.ts). */
  series?: string | undefined;
}

/**
 * The post → topics mapping that the cron syncs into D1 for the analytics queries: one
 * builder for the site's /catalog.json and for the demo seeder. The caller has already
 * kept only published posts (src/lib/posts.ts). `pageSlugs` are the standalone pages
 * (content/pages/), which carry no analytics of their own but are pages of the site.
 */
export function buildCatalog(sources: CatalogSource[], pageSlugs: string[] = []): Catalog {
  const posts = sources.map((source) => ({
    slug: source.slug,
    path: postPath(source.slug),
    title: source.title,
    lang: source.lang ?? siteConfig.lang,
    pubDate: source.pubDate.toISOString().slice(0, 10),
    comments: source.comments,
    topics: [...new Map(source.tags.map((tag) => [topicSlug(tag), tag.trim()])).entries()]
      .filter(([slug]) => slug !== "")
      .map(([slug, name]) => ({ slug, name })),
  }));
  const topicPosts = new Map<string, number>();
  for (const topic of posts.flatMap((post) => post.topics)) {
    topicPosts.set(topic.slug, (topicPosts.get(topic.slug) ?? 0) + 1);
  }
  return {
    posts: posts.sort((a, b) => b.pubDate.localeCompare(a.pubDate)),
    pages: listSitePagePaths({
      postSlugs: posts.map((post) => post.slug),
      topicPosts,
      seriesSlugs: sources.flatMap((source) => (source.series === undefined ? [] : [seriesSlug(source.series)])),
      pageSlugs,
    }),
  };
}
