/**
 * The author's opt-out: a cookie that only the opt-out page sets, and only when the
 * author asks for it there. Readers never get it, and no code in a reader's browser
 * reads it: the browser sends it along with the tracker's events, and the collector
 * then stores nothing.
 */
export const optOutCookie = "resonanz_opt_out";

/** Chrome keeps no cookie longer than 400 days (RFC 6265bis, "cookie lifetime limits"). */
const maxAgeSeconds = 400 * 24 * 60 * 60;

/** Every path, so that the browser sends it to the collector and back to the opt-out page. */
export const optOutCookiePath = "/";

export function optOutCookieOptions(url: URL) {
  return {
    path: optOutCookiePath,
    httpOnly: true,
    sameSite: "strict",
    secure: url.protocol === "https:",
    maxAge: maxAgeSeconds,
  } as const;
}
