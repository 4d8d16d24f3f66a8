import rss from "@astrojs/rss";
import { postPath } from "../../shared/urls";
import { siteConfig } from "../../site.config";
import type { Post } from "./published-posts";

/** One RSS 2.0 feed of `posts`, newest first, with absolute links. */
export function buildFeed(options: {
  title: string;
  description: string;
  site: URL;
  posts: Post[];
}): Promise<Response> {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: `<language>${siteConfig.lang}</language>`,
    items: options.posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: postPath(post.id),
      categories: post.data.tags,
    })),
  });
}
