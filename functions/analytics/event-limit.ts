import { sha256Hex } from "../crypto";
import { clientOf } from "../request/client-hash";

/**
 * Events one client may send per minute; the EVENT_LIMITER binding in wrangler.jsonc tells
 * Cloudflare the same (tests/unit/event-limit-config.test.ts holds the two together). A
 * reader's tracker sends at most a few events per page it opens
 * (pageview, engagement when the tab is hidden, a goal, an outbound click), so 120 a minute
 * is a reader opening a new page every two seconds: far above reading, far below a flood.
 */
export const eventsPerMinute = 120;

/**
 * Whether one more event from this client is within the limit. The binding's counters are keyed
 * by a hash of the client's network, never by the address; Resonanz stores neither.
 */
export async function allowClientEvent(limiter: RateLimit, ip: string): Promise<boolean> {
  const { success } = await limiter.limit({ key: await sha256Hex(`events\n${clientOf(ip)}`, 16) });
  return success;
}
