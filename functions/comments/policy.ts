import type { CommentsConfig } from "../../src/site.config";

export interface CommentablePost {
  pubDate: string;
  comments: "open" | "closed";
}

/** Comments are open unless the post closes them or the site closes them N days after publication. */
export function areCommentsOpen(
  post: CommentablePost,
  now: Date,
  config: Pick<CommentsConfig, "closeAfterDays">,
): boolean {
  if (post.comments === "closed") return false;
  if (config.closeAfterDays === null) return true;
  const closesAt = new Date(`${post.pubDate}T00:00:00Z`).getTime() + config.closeAfterDays * 24 * 60 * 60 * 1000;
  return now.getTime() < closesAt;
}
