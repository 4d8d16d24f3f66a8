import { eq, lt } from "drizzle-orm";
import { randomHex } from "../crypto";
import { dailySalts } from "../db/schema";
import type { Database } from "../env";

// Within one isolate the salt of a day never changes; this saves a read per event.
const cachedSalts = new Map<string, string>();

/** The random salt of `day`, created by the first event of the day; concurrent creators agree on one. */
export async function getDailySalt(db: Database, day: string): Promise<string> {
  const cached = cachedSalts.get(day);
  if (cached) return cached;
  await db
    .insert(dailySalts)
    .values({ day, salt: randomHex(32) })
    .onConflictDoNothing();
  const [row] = await db.select({ salt: dailySalts.salt }).from(dailySalts).where(eq(dailySalts.day, day));
  if (!row) throw new Error(`No salt for ${day} after creating one`);
  cachedSalts.clear();
  cachedSalts.set(day, row.salt);
  return row.salt;
}

/**
 * The salt of `day` if it is still kept, without creating one: after midnight UTC yesterday's
 * salt lives until the next maintenance run deletes it (functions/scheduled.ts).
 */
export async function findDailySalt(db: Database, day: string): Promise<string | undefined> {
  const cached = cachedSalts.get(day);
  if (cached) return cached;
  const [row] = await db.select({ salt: dailySalts.salt }).from(dailySalts).where(eq(dailySalts.day, day));
  return row?.salt;
}

/** Deletes every salt older than `today`, so yesterday's visitor ids can never be recomputed. */
export async function deleteOldSalts(db: Database, today: string): Promise<number> {
  const result = await db.delete(dailySalts).where(lt(dailySalts.day, today)).run();
  cachedSalts.clear();
  return result.meta.changes;
}
