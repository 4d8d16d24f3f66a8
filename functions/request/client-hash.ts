import { getDailySalt } from "../analytics/salts";
import { sha256Hex } from "../crypto";
import type { Database } from "../env";

/**
 * Who the hash is for. Each purpose hashes differently, so a comment's client hash
 * cannot be matched with a failed sign-in's.
 */
export type ClientHashPurpose = "comments" | "sign-in";

/**
 * "One client" for a limit: a hash of the IP address with the analytics' daily salt, so it
 * rotates and becomes unlinkable the same way visitor ids do.
 */
export async function hashClientOfDay(
  db: Database,
  purpose: ClientHashPurpose,
  ip: string,
  day: string,
): Promise<string> {
  return sha256Hex(`${purpose}\n${await getDailySalt(db, day)}\n${ip}`, 16);
}
