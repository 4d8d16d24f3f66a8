import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { comments, posts } from "../db/schema";
import type { Database } from "../env";

export type CommentStatus = "pending" | "approved" | "spam";

export interface PublicComment {
  id: number;
  name: string;
  website: string | null;
  text: string;
  byAuthor: boolean;
  createdAt: string;
  /** Whom a reply answers when that is not the thread's first comment (imported deeper threads). */
  answers: string | null;
  replies: PublicComment[];
}

export async function findPost(db: Database, slug: string) {
  const [post] = await db.select().from(posts).where(eq(posts.slug, slug));
  return post;
}

/** Approved comments of a post, oldest first, replies nested one level under their parent. */
export async function listApprovedComments(db: Database, postSlug: string): Promise<PublicComment[]> {
  const rows = await db
    .select()
    .from(comments)
    .where(and(eq(comments.postSlug, postSlug), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const toPublic = (row: (typeof rows)[number]): PublicComment => ({
    id: row.id,
    name: row.name,
    website: row.website,
    text: row.text,
    byAuthor: row.byAuthor,
    createdAt: new Date(row.createdAt).toISOString(),
    answers: row.answersId === null ? null : (names.get(row.answersId) ?? null),
    replies: [],
  });
  const topLevel = rows.filter((row) => row.parentId === null).map(toPublic);
  const byId = new Map(topLevel.map((comment) => [comment.id, comment]));
  for (const row of rows) {
    if (row.parentId !== null) byId.get(row.parentId)?.replies.push(toPublic(row));
  }
  return topLevel;
}

/** A top-level comment of `postSlug` that a reply may answer (approved, not itself a reply). */
export async function findReplyTarget(db: Database, postSlug: string, parentId: number) {
  const [parent] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.id, parentId),
        eq(comments.postSlug, postSlug),
        eq(comments.status, "approved"),
        isNull(comments.parentId),
      ),
    );
  return parent;
}

export type CommentCounts = Record<CommentStatus, number>;

/** How many comments each moderation queue holds, for the dashboard's navigation and tabs. */
export async function countCommentsByStatus(db: Database): Promise<CommentCounts> {
  const rows = await db.select({ status: comments.status, total: count() }).from(comments).groupBy(comments.status);
  const counts: CommentCounts = { pending: 0, approved: 0, spam: 0 };
  for (const row of rows) counts[row.status] = row.total;
  return counts;
}

/** A queue shows its newest comments only; a longer queue is worked through from the top. */
export const queueLimit = 500;

/**
 * A comment as the author's API shows it. The client hash and the deletion token's hash
 * stay behind: they belong to the rate limit and the reader's private link.
 */
export function authorView(row: typeof comments.$inferSelect) {
  return {
    id: row.id,
    post: row.postSlug,
    parentId: row.parentId,
    name: row.name,
    website: row.website,
    text: row.text,
    status: row.status,
    spamReason: row.spamReason,
    byAuthor: row.byAuthor,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export async function listCommentsByStatus(db: Database, status: CommentStatus) {
  const rows = await db
    .select()
    .from(comments)
    .where(eq(comments.status, status))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(queueLimit);
  return rows.map(authorView);
}

export async function setCommentStatus(db: Database, id: number, status: CommentStatus, now: Date): Promise<boolean> {
  const result = await db
    .update(comments)
    .set({ status, approvedAt: status === "approved" ? now.getTime() : null })
    .where(eq(comments.id, id))
    .run();
  return result.meta.changes > 0;
}

/** Deletes a comment and its replies. */
export async function deleteComment(db: Database, id: number): Promise<boolean> {
  const [, removed] = await db.batch([
    db.delete(comments).where(eq(comments.parentId, id)),
    db.delete(comments).where(eq(comments.id, id)),
  ]);
  return removed.meta.changes > 0;
}
