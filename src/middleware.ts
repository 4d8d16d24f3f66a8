import { defineMiddleware } from "astro:middleware";
import { securityHeaders, strictTransportSecurity } from "./lib/security-headers";

/** The site's security headers on on-demand pages (dashboard, comments); no page may be framed. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (!response.headers.has("Content-Security-Policy")) {
    response.headers.set("Content-Security-Policy", "frame-ancestors 'none'");
  }
  const hsts = strictTransportSecurity(context.url);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
});
