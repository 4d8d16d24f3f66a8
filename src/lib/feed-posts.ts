/**
 * The posts of a feed as buildFeed takes them: with their rendered HTML when the author
 * chose full-content feeds (feedConfig in site.config.ts), else without.
 */

import { render } from "astro:content";
import mdxServerRenderer from "@astrojs/mdx/server.js";
import { experimental_AstroContainer } from "astro/container";
import { postPath } from "../../shared/urls";
import { feedConfig } from "../../site.config";
import { absolutizeUrls, type FeedPost } from "./feed";
import type { Post } from "./published-posts";

export async function toFeedPosts(posts: Post[], site: URL): Promise<FeedPost[]> {
  if (!feedConfig.fullContent) return posts;
  // Astro's container renders a post's Content outside a page, MDX components included
  // (https://docs.astro.build/en/reference/container-reference/).
  const container = await experimental_AstroContainer.create();
  // Imported, not loaded by name: the prerendering Worker has no module loader for `loadRenderers`.
  container.addServerRenderer({ name: "astro:jsx", renderer: mdxServerRenderer });
  return Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const html = await container.renderToString(Content);
      return { ...post, html: absolutizeUrls(html, new URL(postPath(post.id), site)) };
    }),
  );
}
