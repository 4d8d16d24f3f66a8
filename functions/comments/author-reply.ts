import { comments } from "../db/schema";
import type { Database } from "../env";
import { type Accepted, accept, refuse } from "../outcome";
import { findCommentPost } from "../queries/comment-post";
import type { CommentRefused } from "./refusals";

export type AuthorReplyOutcome = Accepted<{ id: number; status: "approved" }> | CommentRefused<"not-found">;

/** Publishes the author's reply under a comment at once, signed with the author's name. */
export async function replyAsAuthor(
  db: Database,
  commentId: number,
  text: string,
  now: Date,
): Promise<AuthorReplyOutcome> {
  const parent = await findCommentPost(db, commentId);
  if (!parent) return refuse("not-found", "id", "No comment with this id");
  const [reply] = await db
    .insert(comments)
    .values({
      postSlug: parent.postSlug,
      // Replies stay one level deep: answering a reply answers its thread.
      parentId: parent.parentId ?? parent.id,
      name: parent.authorName,
      text,
      status: "approved",
      byAuthor: true,
      createdAt: now.getTime(),
      approvedAt: now.getTime(),
    })
    .returning({ id: comments.id });
  if (!reply) throw new Error("the reply's insert returned no row");
  return accept({ id: reply.id, status: "approved" });
}
