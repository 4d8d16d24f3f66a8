import { eq } from "drizzle-orm";
import { parseSigned } from "hono/utils/cookie";
import { settings } from "../db/schema";
import type { Database } from "../env";

/** The only cookie Resonanz sets, and only for the author. */
export const sessionCookie = "resonanz_author";
export const sessionLifetimeSeconds = 12 * 60 * 60;

const keySetting = "auth.sessionKey";

/**
 * The signing secret: the author's password and a random key kept in D1, so that
 * changing the password signs every session out.
 */
export async function sessionSecret(db: Database, password: string): Promise<string> {
  const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
  await db.insert(settings).values({ key: keySetting, value: fresh, updatedAt: new Date() }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, keySetting));
  return `${row?.value ?? fresh}:${password}`;
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
