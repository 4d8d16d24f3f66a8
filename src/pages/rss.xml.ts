import type { APIRoute } from "astro";
import { siteConfig } from "../../site.config";
import { buildFeed } from "../lib/feed";
import { toFeedPosts } from "../lib/feed-posts";
import { getPublishedPosts } from "../lib/published-posts";

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL(siteConfig.url);
  return buildFeed({
    title: siteConfig.title,
    description: siteConfig.description,
    site: origin,
    posts: await toFeedPosts(await getPublishedPosts(), origin),
  });
};
