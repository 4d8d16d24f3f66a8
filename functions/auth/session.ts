import { eq, lt } from "drizzle-orm";
import { parseSigned } from "hono/utils/cookie";
import { randomHex, sha256Hex } from "../crypto";
import { authorSessions } from "../db/schema";
import type { Database } from "../env";
import { readRandomSetting } from "../random-setting";

/**
 * The only cookie Resonanz sets for a session, and only for the author. `__Host-` makes the
 * browser keep it only when set over HTTPS (or on localhost) for the whole host, with no Domain.
 */
export const sessionCookie = "__Host-resonanz_author";
export const sessionLifetimeSeconds = 12 * 60 * 60;

const keySetting = "auth.sessionKey";

/**
 * The signing secret: the author's password and a random key kept in D1, so that
 * changing the password signs every session out.
 */
export async function sessionSecret(db: Database, password: string): Promise<string> {
  return `${await readRandomSetting(db, keySetting)}:${password}`;
}

export const sessionCookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: "Strict",
  path: "/",
  maxAge: sessionLifetimeSeconds,
} as const;

/** D1 keeps only a hash of a session's id: a copy of the table opens no session. */
function idHash(sessionId: string): Promise<string> {
  return sha256Hex(`session\n${sessionId}`);
}

/** Starts a session that lasts `sessionLifetimeSeconds`, and returns its id for the cookie. */
export async function startSession(db: Database, now: Date): Promise<string> {
  const sessionId = randomHex(32);
  await db.insert(authorSessions).values({
    idHash: await idHash(sessionId),
    createdAt: now.getTime(),
    expiresAt: now.getTime() + sessionLifetimeSeconds * 1000,
  });
  return sessionId;
}

/** The session id in a Cookie header whose signature holds, or undefined. */
export async function signedSessionId(cookieHeader: string | null, secret: string): Promise<string | undefined> {
  if (!cookieHeader) return undefined;
  const value = (await parseSigned(cookieHeader, secret, sessionCookie))[sessionCookie];
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}

/** Whether a Cookie header carries a signed session that D1 still holds and that has not expired. */
export async function hasValidSession(
  db: Database,
  cookieHeader: string | null,
  secret: string,
  now: Date,
): Promise<boolean> {
  const sessionId = await signedSessionId(cookieHeader, secret);
  if (!sessionId) return false;
  const [row] = await db
    .select({ expiresAt: authorSessions.expiresAt })
    .from(authorSessions)
    .where(eq(authorSessions.idHash, await idHash(sessionId)));
  return row !== undefined && row.expiresAt > now.getTime();
}

/** Ends one session: its cookie opens nothing from now on, wherever a copy of it is. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(authorSessions).where(eq(authorSessions.idHash, await idHash(sessionId)));
}

/** Ends every session of the author, in every browser. */
export async function endAllSessions(db: Database): Promise<number> {
  return (await db.delete(authorSessions).run()).meta.changes;
}

export async function purgeExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.delete(authorSessions).where(lt(authorSessions.expiresAt, now.getTime()));
}
