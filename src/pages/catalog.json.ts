import { getCollection } from "astro:content";
import type { APIRoute } from "astro";
import { buildCatalog } from "../lib/catalog";
import { getPublishedPosts } from "../lib/published-posts";

/** The post → topics mapping and the site's page paths for the analytics queries, built with the site. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const pages = await getCollection("pages", (page) => !page.data.draft);
  return Response.json(
    buildCatalog(
      posts.map((post) => ({ slug: post.id, ...post.data })),
      pages.map((page) => page.id),
    ),
  );
};
