import { and, count, eq, gte, min, sql } from "drizzle-orm";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { secondsUntilWindowFrees } from "../sliding-window";

export const commentLimit = { count: 5, windowMs: 10 * 60 * 1000 };

/** The columns a reader's comment is stored with; the rest keep their defaults. */
export type CommentRow = Pick<
  typeof comments.$inferSelect,
  | "postSlug"
  | "parentId"
  | "name"
  | "website"
  | "text"
  | "status"
  | "spamReason"
  | "createdAt"
  | "approvedAt"
  | "deleteTokenHash"
  | "deleteTokenExpiresAt"
> & { clientHash: string };

const insertedRow = z.object({ id: z.number().int().positive() }).optional();

/**
 * Stores `row` unless its client already has `commentLimit.count` comments in the
 * window, and returns the new id, or undefined when the limit refused it. Check and
 * insert are one statement: D1 runs one statement at a time, so two submissions can
 * never both count four and both insert, as a read followed by an insert would allow.
 */
export async function insertWithinLimit(db: Database, row: CommentRow): Promise<number | undefined> {
  const since = row.createdAt - commentLimit.windowMs;
  const stored = await db.get(sql`
    INSERT INTO comments (post_slug, parent_id, name, website, text, status, spam_reason, created_at, approved_at,
      client_hash, delete_token_hash, delete_token_expires_at)
    SELECT ${row.postSlug}, ${row.parentId}, ${row.name}, ${row.website}, ${row.text}, ${row.status}, ${row.spamReason},
      ${row.createdAt}, ${row.approvedAt}, ${row.clientHash}, ${row.deleteTokenHash}, ${row.deleteTokenExpiresAt}
    WHERE (SELECT count(*) FROM comments WHERE client_hash = ${row.clientHash} AND created_at >= ${since})
      < ${commentLimit.count}
    RETURNING id`);
  return insertedRow.parse(stored)?.id;
}

/** Seconds until this client may comment again, or 0 when it may now. */
export async function secondsUntilAllowed(db: Database, clientHash: string, now: Date): Promise<number> {
  const since = now.getTime() - commentLimit.windowMs;
  const [row] = await db
    .select({ recent: count(), oldest: min(comments.createdAt) })
    .from(comments)
    .where(and(eq(comments.clientHash, clientHash), gte(comments.createdAt, since)));
  return secondsUntilWindowFrees(row, commentLimit.count, commentLimit.windowMs, now);
}

/** The 429 for a client over the limit, with Retry-After in seconds. */
export function tooManyComments(waitSeconds: number): HTTPException {
  // The oldest comment may leave the window between the refused insert and this count: retry at once.
  const seconds = Math.max(1, waitSeconds);
  const message = `Too many comments; please wait ${Math.ceil(seconds / 60)} minutes`;
  const res = new Response(JSON.stringify({ error: message }), {
    status: 429,
    headers: { "Content-Type": "application/json", "Retry-After": String(seconds) },
  });
  return new HTTPException(429, { res, message });
}
