import type { APIRoute } from "astro";
import { siteConfig } from "../../site.config";
import { buildFeed } from "../lib/feed";
import { getPublishedPosts } from "../lib/published-posts";

export const GET: APIRoute = async ({ site }) =>
  buildFeed({
    title: siteConfig.title,
    description: siteConfig.description,
    site: site ?? new URL(siteConfig.url),
    posts: await getPublishedPosts(),
  });
