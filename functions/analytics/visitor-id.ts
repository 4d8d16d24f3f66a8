import { sha256Hex } from "../crypto";

/**
 * A daily visitor id that needs no cookie: SHA-256 over the day's random salt,
 * the site host, the IP address and the User-Agent. Neither the IP address nor the
 * User-Agent is stored; once the salt is deleted the id cannot be linked to them.
 */
export function computeVisitorId(input: {
  salt: string;
  siteHost: string;
  ip: string;
  userAgent: string;
}): Promise<string> {
  return sha256Hex([input.salt, input.siteHost, input.ip, input.userAgent].join("\n"), 16);
}
