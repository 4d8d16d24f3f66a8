/**
 * The network a request comes from, as one client for a rate limit: an IPv4 address as it
 * is, an IPv6 address by its /64 prefix (one household or server usually holds a whole /64,
 * RFC 6177), and an IPv4-mapped IPv6 address (::ffff:192.0.2.1) as the IPv4 address. Every
 * spelling of one IPv6 address gives the same string. Undefined when `ip` is no address.
 */
export function clientNetwork(ip: string): string | undefined {
  const address = ip.trim().replace(/^\[(.*)\]$/, "$1");
  if (!address.includes(":")) return ipv4(address);
  const groups = ipv6Groups(address.replace(/%.*$/, ""));
  if (!groups) return undefined;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** A dotted IPv4 address without leading zeros, or undefined. */
function ipv4(address: string): string | undefined {
  const parts = address.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.map(Number).join(".");
}

/** The eight 16-bit groups of an IPv6 address in any of its textual forms (RFC 4291 §2.2), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const [head = "", tail] = halves;
  const left = parseGroups(head);
  const right = tail === undefined ? [] : parseGroups(tail);
  if (!left || !right) return undefined;
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  return [...left, ...Array.from({ length: tail === undefined ? 0 : missing }, () => 0), ...right];
}

/** Colon-separated hex groups, the last of which may be an embedded IPv4 address (two groups). */
function parseGroups(text: string): number[] | undefined {
  if (text === "") return [];
  const parts = text.split(":");
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const dotted = ipv4(part);
      if (!dotted) return undefined;
      const [a = 0, b = 0, c = 0, d = 0] = dotted.split(".").map(Number);
      groups.push((a << 8) | b, (c << 8) | d);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}
