import { dayMs, dayStartMs } from "../../shared/utc-day";
import type { CommentsConfig } from "../../site.config";

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
  const closesAt = dayStartMs(post.pubDate) + config.closeAfterDays * dayMs;
  return now.getTime() < closesAt;
}
