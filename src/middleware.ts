import { defineMiddleware } from "astro:middleware";
import { securityHeaders, strictTransportSecurity } from "./lib/security-headers";

/** The site's security headers on on-demand pages (dashboard, comments, error pages). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  const hsts = strictTransportSecurity(context.url);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
});
