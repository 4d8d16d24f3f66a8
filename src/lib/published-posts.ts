import { type CollectionEntry, getCollection } from "astro:content";
import { byNewestFirst, isPublished } from "./posts";

export type Post = CollectionEntry<"posts">;

/** Every published post, newest first; drafts only under `astro dev`. */
export async function getPublishedPosts(): Promise<Post[]> {
  const options = { now: new Date(), includeDrafts: import.meta.env.DEV };
  const posts = await getCollection("posts", (post) => isPublished(post, options));
  return posts.sort(byNewestFirst);
}
