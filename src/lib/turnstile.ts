import { env } from "cloudflare:workers";
import { readSecret } from "../../functions/auth/secrets";

/** The Turnstile site key, when both it and the secret are configured (see .dev.vars.example). */
export function readTurnstileSiteKey(): string | undefined {
  return readSecret(env, "TURNSTILE_SECRET_KEY") ? readSecret(env, "TURNSTILE_SITE_KEY") : undefined;
}
