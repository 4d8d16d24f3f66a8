/**
 * The pages demo readers land on: every published post of the catalog, plus the home,
 * topic, about and archive pages a real reader also sees. Each post gets a stable
 * popularity and reading time from the run's seed.
 */

import type { Catalog } from "../../functions/schemas/catalog.ts";
import { topicPath } from "../../shared/urls.ts";
import { siteConfig } from "../../site.config.ts";
import { createRandom, hashString, logNormal } from "../lib/random.ts";

export interface DemoPage {
  path: string;
  kind: "post" | "home" | "topic" | "about" | "archive";
  lang: "de" | "en";
  topics: string[];
  /** The first day the page can be visited (a post's pubDate). */
  since: string;
  /** How much of the site's traffic the page draws, relative to an average post. */
  popularity: number;
  /** How long reading the whole page takes an attentive reader. */
  readingMs: number;
  /** For posts: the slug comments refer to, and whether the post takes comments. */
  slug: string | null;
  commentsOpen: boolean;
}

// Privacy and analytics are what the blog's readers search and share most.
const topicPopularity: Readonly<Record<string, number>> = {
  datenschutz: 1.35,
  analytics: 1.25,
  newsletter: 1.0,
  "content-strategy": 0.9,
  "social-media": 0.85,
};

function averageOver(topics: readonly string[], table: Readonly<Record<string, number>>): number {
  if (topics.length === 0) return 1;
  return topics.reduce((sum, topic) => sum + (table[topic] ?? 1), 0) / topics.length;
}

function postPages(catalog: Catalog, seed: number): DemoPage[] {
  return catalog.posts.map((post) => {
    const random = createRandom(seed ^ hashString(post.slug));
    const topics = post.topics.map((topic) => topic.slug);
    return {
      path: post.path,
      kind: "post",
      lang: post.lang,
      topics,
      since: post.pubDate,
      popularity: logNormal(random, 1, 0.35) * averageOver(topics, topicPopularity),
      readingMs: Math.round(logNormal(random, 6 * 60_000, 0.3)),
      slug: post.slug,
      commentsOpen: post.comments === "open",
    };
  });
}

function sitePages(catalog: Catalog, firstDay: string): DemoPage[] {
  const page = (path: string, kind: DemoPage["kind"], popularity: number, topics: string[] = []): DemoPage => ({
    path,
    kind,
    lang: siteConfig.lang,
    topics,
    since: firstDay,
    popularity,
    readingMs: 40_000,
    slug: null,
    commentsOpen: false,
  });
  const topicSlugs = [...new Set(catalog.posts.flatMap((post) => post.topics.map((topic) => topic.slug)))];
  return [
    page("/", "home", 1.6),
    page("/about/", "about", 0.45),
    page("/archive/", "archive", 0.08),
    ...topicSlugs.map((slug) => page(topicPath(slug), "topic", 0.12, [slug])),
  ];
}

export function buildDemoPages(catalog: Catalog, seed: number, firstDay: string): DemoPage[] {
  return [...postPages(catalog, seed), ...sitePages(catalog, firstDay)];
}
