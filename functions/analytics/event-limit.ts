import { sha256Hex } from "../crypto";

/**
 * Events one client may send per minute; the EVENT_LIMITER binding in wrangler.jsonc tells
 * Cloudflare the same (tests/unit/event-limit-config.test.ts holds the two together). A reader's tracker sends at most a few events per page it opens
 * (pageview, engagement when the tab is hidden, a goal, an outbound click), so 120 a minute
 * is a reader opening a new page every two seconds: far above reading, far below a flood.
 */
export const eventsPerMinute = 120;

function ipv6Groups(part: string): string[] {
  return part
    .split(":")
    .filter((group) => group !== "")
    .flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
}

/**
 * The address that names one client: an IPv4 address whole, an IPv6 address by its /64,
 * which one connection usually holds entirely and can hop within at will.
 */
export function clientNetwork(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const front = ipv6Groups(head);
  const back = ipv6Groups(tail);
  const zeros = Array<string>(Math.max(0, 8 - front.length - back.length)).fill("0");
  const groups = ip.includes("::") ? [...front, ...zeros, ...back] : front;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Whether one more event from this client is within the limit. The binding's counters are keyed
 * by a hash of the client's network, never by the address; Resonanz stores neither.
 */
export async function allowClientEvent(limiter: RateLimit, ip: string): Promise<boolean> {
  const { success } = await limiter.limit({ key: await sha256Hex(`events\n${clientNetwork(ip)}`, 16) });
  return success;
}
