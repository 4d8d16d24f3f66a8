import { defineMiddleware } from "astro:middleware";
import { logError } from "../functions/log-error";
import { securityHeaders, strictTransportSecurity } from "../shared/security-headers";

/**
 * The site's security headers on on-demand pages (dashboard, comments, error pages), and
 * one log line for a page that fails: Astro then answers with the plain 500 page, and what
 * it logs itself names no value the failed query carried.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    logError(`page error ${context.url.pathname}`, error);
    throw new Error("An on-demand page failed; the detail is in the log line before this one.");
  }
  for (const [name, value] of Object.entries(securityHeaders)) {
    // `astro dev` adds inline scripts of its own (the dev toolbar); the policy is for the built site.
    if (name === "Content-Security-Policy" && import.meta.env.DEV) continue;
    response.headers.set(name, value);
  }
  const hsts = strictTransportSecurity(context.url);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
});
