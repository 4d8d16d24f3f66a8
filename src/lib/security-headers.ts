/**
 * Security headers for every response of the site. Static files get them from
 * public/_headers (Cloudflare's static-asset rules), on-demand pages from
 * src/middleware.ts; a unit test keeps the two identical.
 */
export const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
};

/** HSTS only where the site is reached over HTTPS on a real host, never on localhost. */
export function strictTransportSecurity(url: URL): string | undefined {
  const local = /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(url.hostname);
  return url.protocol === "https:" && !local ? "max-age=31536000; includeSubDomains" : undefined;
}
