import type { APIRoute } from "astro";
import type { Catalog } from "../../functions/schemas/catalog";
import { postPath } from "../lib/posts";
import { getPublishedPosts } from "../lib/published-posts";
import { topicSlug } from "../lib/topics";
import { siteConfig } from "../site.config";

/** The post → topics mapping for the analytics queries, built with the site. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const catalog: Catalog = {
    posts: posts.map((post) => ({
      slug: post.id,
      path: postPath(post.id),
      title: post.data.title,
      lang: post.data.lang ?? siteConfig.lang,
      pubDate: post.data.pubDate.toISOString().slice(0, 10),
      comments: post.data.comments,
      topics: [...new Map(post.data.tags.map((tag) => [topicSlug(tag), tag.trim()])).entries()]
        .filter(([slug]) => slug !== "")
        .map(([slug, name]) => ({ slug, name })),
    })),
  };
  return Response.json(catalog);
};
