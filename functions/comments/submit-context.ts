import type { Context } from "hono";
import { trySyncCatalogFromAssets } from "../analytics/catalog";
import { readSecret } from "../auth/secrets";
import type { AppEnv } from "../env";
import { catalogSchema } from "../schemas/catalog";
import type { SubmitContext } from "./submit";
import { verifyTurnstile } from "./turnstile";
import { notifyWebhook } from "./webhook";

/** Turnstile and the webhook are on only when their settings exist (see .dev.vars.example). */
export function buildSubmitContext(
  env: Env,
  request: Request,
  waitUntil: (promise: Promise<unknown>) => void,
): SubmitContext {
  const turnstileSecret = readSecret(env, "TURNSTILE_SECRET_KEY");
  const webhookUrl = readSecret(env, "COMMENT_WEBHOOK_URL");
  const origin = new URL(request.url).origin;
  const now = new Date();
  return {
    now,
    ip: request.headers.get("cf-connecting-ip") ?? "",
    loadCatalog: (db) => trySyncCatalogFromAssets(db, env.ASSETS, catalogSchema.parse, now),
    ...(turnstileSecret ? { verifyTurnstile: (token) => verifyTurnstile(turnstileSecret, token) } : {}),
    ...(webhookUrl
      ? {
          afterStored: (notice) =>
            waitUntil(notifyWebhook(webhookUrl, { ...notice, postUrl: new URL(notice.postUrl, origin).href })),
        }
      : {}),
  };
}

export function submitContextOf(c: Context<AppEnv>): SubmitContext {
  return buildSubmitContext(c.env, c.req.raw, (promise) => {
    // Outside a Worker request (app.request in tests) there is no execution context to extend.
    try {
      c.executionCtx.waitUntil(promise);
    } catch {
      promise.catch(() => {});
    }
  });
}
