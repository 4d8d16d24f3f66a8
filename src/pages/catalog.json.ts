import type { APIRoute } from "astro";
import { buildCatalog } from "../lib/catalog";
import { getPublishedPosts } from "../lib/published-posts";

/** The post → topics mapping for the analytics queries, built with the site. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  return Response.json(buildCatalog(posts.map((post) => ({ slug: post.id, ...post.data }))));
};
