import { eq, lt } from "drizzle-orm";
import { addDays, utcDay } from "../../shared/utc-day";
import { randomHex } from "../crypto";
import { signInSalts } from "../db/schema";
import type { Database } from "../env";
import { hashClient } from "../request/client-hash";

/** The client's hashes under which the throttle counts: today's, and yesterday's while its salt lives. */
export interface ThrottleClient {
  current: string;
  previous: string;
}

// A day's salt never changes once made; this saves a read per attempt.
const cachedSalts = new Map<string, string>();

async function saltOf(db: Database, day: string, create: boolean): Promise<string | undefined> {
  const cached = cachedSalts.get(day);
  if (cached) return cached;
  if (create)
    await db
      .insert(signInSalts)
      .values({ day, salt: randomHex(32) })
      .onConflictDoNothing();
  const [row] = await db.select({ salt: signInSalts.salt }).from(signInSalts).where(eq(signInSalts.day, day));
  if (row) cachedSalts.set(day, row.salt);
  return row?.salt;
}

/**
 * The client of a sign-in attempt, hashed with the salt of today and of yesterday: a window
 * that runs over midnight still counts the failures before it, and no address is stored.
 */
export async function throttleClient(db: Database, ip: string, now: Date): Promise<ThrottleClient> {
  const today = utcDay(now);
  const salt = await saltOf(db, today, true);
  if (!salt) throw new Error(`No sign-in salt for ${today} after creating one`);
  const yesterday = await saltOf(db, addDays(today, -1), false);
  const current = await hashClient("sign-in", salt, ip);
  // Without yesterday's salt nothing was recorded under it; today's hash stands in.
  return { current, previous: yesterday ? await hashClient("sign-in", yesterday, ip) : current };
}

/** Deletes the salts before yesterday: their hashes can then no longer be recomputed. */
export async function purgeSignInSalts(db: Database, now: Date): Promise<void> {
  const oldest = addDays(utcDay(now), -1);
  await db.delete(signInSalts).where(lt(signInSalts.day, oldest));
  for (const day of cachedSalts.keys()) if (day < oldest) cachedSalts.delete(day);
}
