import { env } from "cloudflare:workers";

/** The Turnstile site key, when both it and the secret are configured (see .dev.vars.example). */
export function readTurnstileSiteKey(): string | undefined {
  const siteKey: unknown = Reflect.get(env, "TURNSTILE_SITE_KEY");
  const secret: unknown = Reflect.get(env, "TURNSTILE_SECRET_KEY");
  return typeof siteKey === "string" && siteKey !== "" && typeof secret === "string" && secret !== ""
    ? siteKey
    : undefined;
}
