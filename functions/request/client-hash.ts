import { getDailySalt } from "../analytics/salts";
import { sha256Hex } from "../crypto";
import type { Database } from "../env";
import { clientNetwork } from "./client-network";

/**
 * Who the hash is for. Each purpose hashes differently, so a comment's client hash
 * cannot be matched with a failed sign-in's.
 */
export type ClientHashPurpose = "comments" | "sign-in";

/**
 * "One client" for a limit: its network (functions/request/client-network.ts), so that an
 * IPv6 client cannot step through the addresses of its /64. Requests without a readable
 * address are one client together, held to the same limit as any other.
 */
export function clientOf(ip: string): string {
  return clientNetwork(ip) ?? "unknown";
}

/** A hash of the client with `salt`; the address itself is never stored. */
export function hashClient(purpose: ClientHashPurpose, salt: string, ip: string): Promise<string> {
  return sha256Hex(`${purpose}\n${salt}\n${clientOf(ip)}`, 16);
}

/**
 * The client hashed with the analytics' daily salt, so it rotates and becomes unlinkable
 * the same way visitor ids do (the comment rate limit).
 */
export async function hashClientOfDay(
  db: Database,
  purpose: ClientHashPurpose,
  ip: string,
  day: string,
): Promise<string> {
  return hashClient(purpose, await getDailySalt(db, day), ip);
}
