import { asc } from "drizzle-orm";
import { comments } from "../db/schema";
import type { Database } from "../env";

const isoDate = (milliseconds: number | null) => (milliseconds === null ? null : new Date(milliseconds).toISOString());

/**
 * Every comment, in every queue, oldest first: the author's copy to keep or move
 * elsewhere. The client hash and the deletion token's hash stay behind: they belong
 * to the rate limit and the reader's private link, not to the comment.
 */
export async function exportComments(db: Database) {
  const rows = await db.select().from(comments).orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((row) => ({
    id: row.id,
    post: row.postSlug,
    parentId: row.parentId,
    name: row.name,
    website: row.website,
    text: row.text,
    status: row.status,
    spamReason: row.spamReason,
    byAuthor: row.byAuthor,
    createdAt: isoDate(row.createdAt),
    approvedAt: isoDate(row.approvedAt),
  }));
}

export type ExportedComment = Awaited<ReturnType<typeof exportComments>>[number];
