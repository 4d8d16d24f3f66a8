import { dayMs } from "../../shared/utc-day";
import { sha256Hex } from "../crypto";

/** How long a reader may delete their comment with the private link. */
export const deleteLinkLifetimeMs = dayMs;

/** Only this hash is stored, so a leaked database deletes nothing. */
export function hashDeleteToken(token: string): Promise<string> {
  return sha256Hex(`delete\n${token}`);
}
