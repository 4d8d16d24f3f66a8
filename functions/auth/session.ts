import { parseSigned } from "hono/utils/cookie";
import type { Database } from "../env";
import { readRandomSetting } from "../random-setting";

/** The only cookie Resonanz sets, and only for the author. */
export const sessionCookie = "resonanz_author";
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

/** The session's value: its expiry, so that a stolen cookie stops working even if kept. */
export function sessionValue(now: Date): string {
  return String(now.getTime() + sessionLifetimeSeconds * 1000);
}

/** Whether a Cookie header carries a valid, unexpired author session. */
export async function hasValidSession(cookieHeader: string | null, secret: string, now: Date): Promise<boolean> {
  if (!cookieHeader) return false;
  const parsed = await parseSigned(cookieHeader, secret, sessionCookie);
  const value = parsed[sessionCookie];
  if (typeof value !== "string" || !/^\d+$/.test(value)) return false;
  return Number(value) > now.getTime();
}
