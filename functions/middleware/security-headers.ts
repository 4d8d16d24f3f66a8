import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { strictTransportSecurity } from "../../shared/security-headers";
import type { AppEnv } from "../env";

/**
 * Hono's secure headers with the site's values (shared/security-headers.ts). An API
 * answer is data, never a document: its policy allows nothing to load and no framing.
 */
const honoSecureHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  referrerPolicy: "strict-origin-when-cross-origin",
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  xFrameOptions: "DENY",
  // Set below instead: HSTS only outside local development.
  strictTransportSecurity: false,
});

export const apiSecurityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await honoSecureHeaders(c, next);
  const hsts = strictTransportSecurity(new URL(c.req.url));
  if (hsts) c.header("Strict-Transport-Security", hsts);
});
