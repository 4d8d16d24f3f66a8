import type { Database } from "../env";
import { type Accepted, accept, refuse } from "../outcome";
import { deleteComment, setCommentStatus } from "../queries/comments";
import type { CommentRefused } from "./refusals";

/** What the author can do with a comment in the moderation queues. */
export type ModerationAction = "approve" | "spam" | "delete";

export type ModerationOutcome =
  | Accepted<{ id: number; status: "approved" | "spam" | "deleted" }>
  | CommentRefused<"not-found">;

/** Approves a comment, files it as spam, or deletes it with its replies. */
export async function moderateComment(
  db: Database,
  id: number,
  action: ModerationAction,
  now: Date,
): Promise<ModerationOutcome> {
  const done =
    action === "delete"
      ? await deleteComment(db, id)
      : await setCommentStatus(db, id, action === "approve" ? "approved" : "spam", now);
  if (!done) return refuse("not-found", "id", "No comment with this id");
  return accept({ id, status: action === "approve" ? "approved" : action === "spam" ? "spam" : "deleted" });
}
