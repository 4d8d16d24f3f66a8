/**
 * A daily visitor id that needs no cookie: SHA-256 over the day's random salt,
 * the site host, the IP address and the User-Agent. Neither the IP address nor the
 * User-Agent is stored; once the salt is deleted the id cannot be linked to them.
 */
export async function computeVisitorId(input: {
  salt: string;
  siteHost: string;
  ip: string;
  userAgent: string;
}): Promise<string> {
  const material = new TextEncoder().encode([input.salt, input.siteHost, input.ip, input.userAgent].join("\n"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", material));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
