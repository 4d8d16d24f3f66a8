import { getDailySalt } from "../analytics/salts";
import type { Database } from "../env";

/**
 * The rate limit's notion of "one client": a hash of the IP address with the
 * analytics' daily salt, so it rotates and becomes unlinkable the same way.
 */
export async function computeClientHash(db: Database, ip: string, day: string): Promise<string> {
  const salt = await getDailySalt(db, day);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`comments\n${salt}\n${ip}`));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
