/**
 * Security headers for every response of the site. Static files get them from the
 * `_headers` file that src/integrations/security-headers.ts writes at build time,
 * on-demand pages from src/middleware.ts; the API sets its own with Hono's secureHeaders.
 */

import { siteConfig } from "../site.config";

/** Cloudflare Turnstile, the optional anti-spam widget of the comment form. */
const turnstileOrigin = "https://challenges.cloudflare.com";

/**
 * The one policy for every page. No page has an inline script (the build writes every
 * script to a file, see astro.config.mjs), so scripts need no `'unsafe-inline'`, hash or
 * nonce: only the site's own files run. `'wasm-unsafe-eval'` lets Pagefind's WebAssembly
 * search run; it allows compiling WebAssembly, not `eval`. Styles keep `'unsafe-inline'`
 * for Shiki's colour attributes and Astro's small inlined stylesheets; CSS cannot run code.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${turnstileOrigin}`,
  "style-src 'self' 'unsafe-inline'",
  ["img-src 'self' data:", ...siteConfig.imageHosts.map((host) => `https://${host}`)].join(" "),
  "connect-src 'self'",
  `frame-src ${turnstileOrigin}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "X-Frame-Options": "DENY",
};

export const strictTransportSecurityValue = "max-age=31536000; includeSubDomains";

/** Whether a host is this machine, where HTTPS (and so HSTS) does not apply. */
export function isLocalHost(hostname: string): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(hostname);
}

/** HSTS only where the site is reached over HTTPS on a real host, never on localhost. */
export function strictTransportSecurity(url: URL): string | undefined {
  return url.protocol === "https:" && !isLocalHost(url.hostname) ? strictTransportSecurityValue : undefined;
}

/**
 * The `_headers` rules (https://developers.cloudflare.com/workers/static-assets/headers/):
 * the headers for every static file, and HSTS for the site's own HTTPS host only, so that
 * `npm run preview` on localhost never receives it.
 */
export function staticHeadersFile(site: URL): string {
  const header = (name: string, value: string) => `  ${name}: ${value}`;
  const lines = ["/*", ...Object.entries(securityHeaders).map(([name, value]) => header(name, value))];
  const hsts = strictTransportSecurity(site);
  if (hsts) lines.push(`${site.origin}/*`, header("Strict-Transport-Security", hsts));
  return `${lines.join("\n")}\n`;
}
