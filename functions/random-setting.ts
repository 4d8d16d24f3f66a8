import { eq } from "drizzle-orm";
import { randomHex } from "./crypto";
import { settings } from "./db/schema";
import type { Database } from "./env";

// A key never changes once made, so one read per isolate is enough.
const cachedKeys = new Map<string, string>();

/**
 * A random 256-bit key kept in the settings table, made on first use, so that no
 * secret has to be configured; concurrent first users agree on one.
 */
export async function readRandomSetting(db: Database, key: string): Promise<string> {
  const cached = cachedKeys.get(key);
  if (cached) return cached;
  const fresh = randomHex(32);
  await db.insert(settings).values({ key, value: fresh, updatedAt: new Date() }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  const value = row?.value ?? fresh;
  cachedKeys.set(key, value);
  return value;
}
