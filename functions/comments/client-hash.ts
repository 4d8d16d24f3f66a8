import { getDailySalt } from "../analytics/salts";
import { sha256Hex } from "../crypto";
import type { Database } from "../env";

/**
 * The rate limit's notion of "one client": a hash of the IP address with the
 * analytics' daily salt, so it rotates and becomes unlinkable the same way.
 */
export async function computeClientHash(db: Database, ip: string, day: string): Promise<string> {
  return sha256Hex(`comments\n${await getDailySalt(db, day)}\n${ip}`, 16);
}
