import { sha256Hex } from "../crypto";

/** How long a reader may delete their comment with the private link. */
export const deleteLinkLifetimeMs = 24 * 60 * 60 * 1000;

/** Only this hash is stored, so a leaked database deletes nothing. */
export function hashDeleteToken(token: string): Promise<string> {
  return sha256Hex(`delete\n${token}`);
}
