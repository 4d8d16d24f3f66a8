import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { comments, posts } from "../db/schema";
import type { Database } from "../env";
import { type Page, type Paging, toPage } from "./paging";

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
  const [post] = await db.select().from(posts).where(eq(posts.slug, slug)).limit(1);
  return post;
}

/** Approved comments of a post, oldest first, replies nested one level under their parent. */
export async function listApprovedComments(db: Database, postSlug: string): Promise<PublicComment[]> {
  // Bounded: one post's approved thread, each comment let through by the author or their rules and
  // by the rate limit per client; a reader's page shows it whole, so a LIMIT would hide comments.
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
    )
    .limit(1);
  return parent;
}

export type CommentCounts = Record<CommentStatus, number>;

/** How many comments each moderation queue holds, for the dashboard's navigation and tabs. */
export async function countCommentsByStatus(db: Database): Promise<CommentCounts> {
  // Bounded: one row per status, three at most.
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

/** One page of a moderation queue, newest first. */
export async function listCommentsByStatus(
  db: Database,
  status: CommentStatus,
  paging: Paging = { page: 1, limit: queueLimit },
): Promise<Page<ReturnType<typeof authorView>>> {
  const rows = await db
    .select()
    .from(comments)
    .where(eq(comments.status, status))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(paging.limit + 1)
    .offset((paging.page - 1) * paging.limit);
  const page = toPage(rows, paging);
  return { rows: page.rows.map(authorView), nextPage: page.nextPage };
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
