import { and, count, eq, gte, min } from "drizzle-orm";
import { comments } from "../db/schema";
import type { Database } from "../env";

export const commentLimit = { count: 5, windowMs: 10 * 60 * 1000 };

/** Seconds until this client may comment again, or 0 when it may now. */
export async function secondsUntilAllowed(db: Database, clientHash: string, now: Date): Promise<number> {
  const since = now.getTime() - commentLimit.windowMs;
  const [row] = await db
    .select({ recent: count(), oldest: min(comments.createdAt) })
    .from(comments)
    .where(and(eq(comments.clientHash, clientHash), gte(comments.createdAt, since)));
  if (!row || row.recent < commentLimit.count || row.oldest === null) return 0;
  return Math.max(1, Math.ceil((row.oldest + commentLimit.windowMs - now.getTime()) / 1000));
}
