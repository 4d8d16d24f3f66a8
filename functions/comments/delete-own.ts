import { eq } from "drizzle-orm";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { type Accepted, accept, refuse } from "../outcome";
import { deleteComment } from "../queries/comments";
import { hashDeleteToken } from "./delete-token";
import type { CommentRefused } from "./refusals";

export type DeleteOwnOutcome =
  | Accepted<{ post: string }>
  | CommentRefused<"not-found" | "expired-token" | "invalid-token">;

// One message for every refusal, so that the link does not reveal which comments exist.
const message = "token: this deletion link is invalid or has expired";

/** Deletes a reader's own comment, and its replies, with the private token from the moment it was posted. */
export async function deleteOwnComment(db: Database, id: number, token: string, now: Date): Promise<DeleteOwnOutcome> {
  const [row] = await db
    .select({ postSlug: comments.postSlug, hash: comments.deleteTokenHash, expiresAt: comments.deleteTokenExpiresAt })
    .from(comments)
    .where(eq(comments.id, id));
  if (!row?.hash || row.expiresAt === null) return refuse("not-found", "token", message);
  if (row.expiresAt < now.getTime()) return refuse("expired-token", "token", message);
  if ((await hashDeleteToken(token)) !== row.hash) return refuse("invalid-token", "token", message);
  await deleteComment(db, id);
  return accept({ post: row.postSlug });
}
