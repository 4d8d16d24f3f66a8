import { and, eq, isNull } from "drizzle-orm";
import { type CommentsConfig, commentsConfig } from "../../site.config";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { type Accepted, accept, refuse } from "../outcome";
import { findPost } from "../queries/comments";
import type { NewComment } from "../schemas/comment";
import type { CommentRefused } from "./refusals";
import { findSpamReason, importedSpamReason } from "./spam";

/**
 * A comment from the blog's past, brought in by an import. It was written and judged
 * elsewhere, so the checks that judge a reader at the moment of writing (closed comments, the
 * form's fill time, Turnstile, the rate limit) do not apply to it, and it keeps its status.
 */
export interface HistoricComment {
  createdAt: Date;
  status: "pending" | "approved" | "spam";
  byAuthor: boolean;
  /** Its id in the source ("wordpress:123"): importing the same comment again stores nothing. */
  importKey: string;
  /** The reply (an id here) that a deeper reply answered, when that is not the thread's first comment. */
  answers?: number | undefined;
}

export interface HistoryContext {
  history: HistoricComment;
  config?: CommentsConfig;
}

export interface HistoricResult {
  id: number;
  post: string;
  status: HistoricComment["status"];
  /** False when an earlier import stored this comment already (the same import key). */
  stored: boolean;
}

export type HistoricOutcome = Accepted<HistoricResult> | CommentRefused;

/** A top-level comment of the post, whatever its status: history's threads were judged elsewhere. */
async function findThreadStart(db: Database, postSlug: string, id: number) {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.postSlug, postSlug), isNull(comments.parentId)));
  return row;
}

async function findImported(db: Database, importKey: string) {
  const [row] = await db
    .select({ id: comments.id, post: comments.postSlug, status: comments.status })
    .from(comments)
    .where(eq(comments.importKey, importKey));
  return row;
}

/**
 * Stores a historic comment that `submitComment` has read with the form's own schema: the
 * post must be known and a reply must answer a thread of it, as for a reader's comment. A
 * spam comment gets the reason the spam filter gives, or "imported" when it finds none.
 */
export async function storeHistoricComment(
  db: Database,
  input: NewComment,
  context: HistoryContext,
): Promise<HistoricOutcome> {
  const { history } = context;
  const post = await findPost(db, input.post);
  if (!post) return refuse("unknown-post", "post", "post: no published post with this name");
  if (input.parent !== undefined && !(await findThreadStart(db, post.slug, input.parent))) {
    return refuse("bad-parent", "parent", "parent: a reply must answer a top-level comment of the same post");
  }
  const config = context.config ?? commentsConfig;
  const filtered = { text: input.text, name: input.name, website: input.website, honeypot: "", tooFast: false };
  const spamReason = history.status === "spam" ? (findSpamReason(filtered, config) ?? importedSpamReason) : null;
  const createdAt = history.createdAt.getTime();
  const [row] = await db
    .insert(comments)
    .values({
      postSlug: post.slug,
      parentId: input.parent ?? null,
      answersId: history.answers ?? null,
      name: input.name,
      website: input.website ?? null,
      text: input.text,
      status: history.status,
      spamReason,
      byAuthor: history.byAuthor,
      createdAt,
      approvedAt: history.status === "approved" ? createdAt : null,
      importKey: history.importKey,
    })
    .onConflictDoNothing({ target: comments.importKey })
    .returning({ id: comments.id });
  if (row) return accept({ id: row.id, post: post.slug, status: history.status, stored: true });
  // The insert comes first and the lookup only on a conflict: an import of many thousand
  // comments then costs two statements a comment, not three.
  const existing = await findImported(db, history.importKey);
  if (!existing) throw new Error(`the comment ${history.importKey} was neither stored nor found`);
  return accept({ ...existing, stored: false });
}
