import type { Catalog } from "../../functions/schemas/catalog";
import { postPath } from "../../shared/urls";
import { type SiteLanguage, siteConfig } from "../../site.config";
import { topicSlug } from "./topics";

/** What the catalog needs of a published post, from Astro's collection or from its file. */
export interface CatalogSource {
  slug: string;
  title: string;
  lang?: SiteLanguage | undefined;
  pubDate: Date;
  comments: "open" | "closed";
  tags: string[];
}

/**
 * The post → topics mapping that the cron syncs into D1 for the analytics queries: one
 * builder for the site's /catalog.json and for the demo seeder. The caller has already
 * kept only published posts (src/lib/posts.ts).
 */
export function buildCatalog(sources: CatalogSource[]): Catalog {
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
  return { posts: posts.sort((a, b) => b.pubDate.localeCompare(a.pubDate)) };
}
