import { getEntry } from "astro:content";
import { areCommentsOpen } from "../../functions/comments/policy";
import { commentsConfig, siteConfig } from "../../site.config";
import { isPublished } from "./posts";

/** The published post a comments page or island belongs to, with whether it takes comments. */
export async function getCommentablePost(slug: string, now: Date) {
  const post = await getEntry("posts", slug);
  if (!post || !isPublished(post, { now, includeDrafts: import.meta.env.DEV })) return undefined;
  const open = areCommentsOpen(
    { pubDate: post.data.pubDate.toISOString().slice(0, 10), comments: post.data.comments },
    now,
    commentsConfig,
  );
  return { slug: post.id, title: post.data.title, lang: post.data.lang ?? siteConfig.lang, open };
}
