/**
 * What the collector reads from a request about its sender. The IP address and
 * User-Agent only live in this object for the duration of one request.
 */
export interface RequestContext {
  now: Date;
  ip: string;
  userAgent: string;
  country: string | null;
  /** The host the request was sent to, so a local preview under any name counts as the site. */
  requestHost: string;
}

export function readRequestContext(request: Request, now: Date): RequestContext {
  const country = request.cf?.country;
  return {
    now,
    ip: request.headers.get("cf-connecting-ip") ?? "",
    userAgent: request.headers.get("user-agent") ?? "",
    country: typeof country === "string" && /^[A-Z]{2}$/.test(country) ? country : null,
    requestHost: new URL(request.url).hostname,
  };
}
