import { and, count, eq, gte, lt, min } from "drizzle-orm";
import { dayMs } from "../../shared/utc-day";
import { signInFailures } from "../db/schema";
import type { Database } from "../env";
import { secondsUntilWindowFrees } from "../sliding-window";

export const signInLimit = { failures: 5, windowMs: 15 * 60 * 1000 };

/** Seconds until this client may try again, or 0. */
export async function signInWaitSeconds(db: Database, clientHash: string, now: Date): Promise<number> {
  const since = now.getTime() - signInLimit.windowMs;
  const [row] = await db
    .select({ recent: count(), oldest: min(signInFailures.createdAt) })
    .from(signInFailures)
    .where(and(eq(signInFailures.clientHash, clientHash), gte(signInFailures.createdAt, since)));
  return secondsUntilWindowFrees(row, signInLimit.failures, signInLimit.windowMs, now);
}

export async function recordSignInFailure(db: Database, clientHash: string, now: Date): Promise<void> {
  await db.insert(signInFailures).values({ clientHash, createdAt: now.getTime() });
}

export async function purgeSignInFailures(db: Database, now: Date): Promise<void> {
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, now.getTime() - dayMs));
}
