import type { APIRoute } from "astro";
import { buildFeed } from "../lib/feed";
import { getPublishedPosts } from "../lib/published-posts";
import { siteConfig } from "../site.config";

export const GET: APIRoute = async ({ site }) =>
  buildFeed({
    title: siteConfig.title,
    description: siteConfig.description,
    site: site ?? new URL(siteConfig.url),
    posts: await getPublishedPosts(),
  });
