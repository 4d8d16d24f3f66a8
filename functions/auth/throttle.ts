import { and, count, eq, getTableName, gte, inArray, lt, min, sql } from "drizzle-orm";
import { z } from "zod";
import { dayMs } from "../../shared/utc-day";
import { signInFailures } from "../db/schema";
import type { Database } from "../env";
import { secondsUntilWindowFrees } from "../sliding-window";
import type { ThrottleClient } from "./throttle-salts";

/**
 * Per client network: 5 failed sign-ins (passwords and bearer tokens together) in 15 minutes.
 * Across all clients: 100 failures in an hour, past which password sign-in waits for everyone.
 */
export const signInLimit = {
  failures: 5,
  windowMs: 15 * 60 * 1000,
  globalFailures: 100,
  globalWindowMs: 60 * 60 * 1000,
};

/**
 * What is being tried: a password is held to the client's limit and the global ceiling;
 * a bearer token only to the client's, so that a flood of failures elsewhere never locks
 * out a script with the right token.
 */
export type AttemptKind = "password" | "token";

export type Reservation = { allowed: true; attemptId: number } | { allowed: false; waitSeconds: number };

const insertedRow = z.object({ id: z.number().int().positive() }).optional();

/**
 * Records an attempt before its secret is compared, in one statement with the check that
 * the limits still allow one: D1 runs one statement at a time, so of many parallel guesses
 * at most `signInLimit.failures` are recorded and compared; the rest are refused unread.
 * A right secret removes its attempt again (`forgetAttempt`); a wrong one stays as a failure.
 */
export async function reserveAttempt(
  db: Database,
  client: ThrottleClient,
  kind: AttemptKind,
  now: Date,
): Promise<Reservation> {
  const at = now.getTime();
  const hashes = [client.current, client.previous];
  // The table's own name, unquoted, as the log shows it (a name from the schema, never from input).
  const table = sql.raw(getTableName(signInFailures));
  const globalCheck =
    kind === "password"
      ? sql`AND (SELECT count(*) FROM ${signInFailures} WHERE ${signInFailures.createdAt} >= ${at - signInLimit.globalWindowMs}) < ${signInLimit.globalFailures}`
      : sql``;
  const stored = await db.get(sql`
    INSERT INTO ${table} (${sql.identifier(signInFailures.clientHash.name)}, ${sql.identifier(signInFailures.createdAt.name)})
    SELECT ${client.current}, ${at}
    WHERE (SELECT count(*) FROM ${signInFailures} WHERE ${inArray(signInFailures.clientHash, hashes)}
      AND ${signInFailures.createdAt} >= ${at - signInLimit.windowMs}) < ${signInLimit.failures}
    ${globalCheck}
    RETURNING ${sql.identifier(signInFailures.id.name)}`);
  const row = insertedRow.parse(stored);
  if (row) return { allowed: true, attemptId: row.id };
  return { allowed: false, waitSeconds: await waitSeconds(db, hashes, kind, now) };
}

/** A right secret: its attempt is no failure. */
export async function forgetAttempt(db: Database, attemptId: number): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.id, attemptId));
}

/** Seconds until the limit that refused an attempt lets one through again (at least 1). */
async function waitSeconds(db: Database, hashes: string[], kind: AttemptKind, now: Date): Promise<number> {
  const clientSince = now.getTime() - signInLimit.windowMs;
  const [own] = await db
    .select({ recent: count(), oldest: min(signInFailures.createdAt) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.clientHash, hashes), gte(signInFailures.createdAt, clientSince)));
  let wait = secondsUntilWindowFrees(own, signInLimit.failures, signInLimit.windowMs, now);
  if (kind === "password") {
    const [all] = await db
      .select({ recent: count(), oldest: min(signInFailures.createdAt) })
      .from(signInFailures)
      .where(gte(signInFailures.createdAt, now.getTime() - signInLimit.globalWindowMs));
    wait = Math.max(wait, secondsUntilWindowFrees(all, signInLimit.globalFailures, signInLimit.globalWindowMs, now));
  }
  return Math.max(1, wait);
}

export async function purgeSignInFailures(db: Database, now: Date): Promise<void> {
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, now.getTime() - dayMs));
}
