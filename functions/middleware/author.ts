import { createMiddleware } from "hono/factory";
import { checkBearer } from "../auth/bearer";
import { readAuthorSecrets } from "../auth/secrets";
import { hasValidSession, sessionSecret } from "../auth/session";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

/**
 * Only the author passes: with the session cookie from signing in, or with
 * `Authorization: Bearer <AUTHOR_API_TOKEN>` for scripts. A bearer header is judged on
 * its own (functions/auth/bearer.ts): a wrong one is a failed sign-in, and a client past
 * its limit gets 429 even with the right token. Without secrets configured, or with a
 * secret too short, nothing passes: the author API is never open by default.
 */
export const requireAuthor = createMiddleware<AppEnv>(async (c, next) => {
  const secrets = readAuthorSecrets(c.env);
  if (secrets.kind === "weak") return c.json<ApiError>({ error: secrets.message }, 503);
  if (!secrets.password && !secrets.token) {
    return c.json<ApiError>(
      { error: "The author API is disabled: set AUTHOR_PASSWORD and AUTHOR_API_TOKEN (see .dev.vars.example)." },
      401,
    );
  }
  const bearer = await checkBearer(c);
  if (bearer.kind === "throttled") {
    c.header("Retry-After", String(bearer.waitSeconds));
    return c.json<ApiError>(
      { error: `Too many failed sign-ins; try again in ${Math.ceil(bearer.waitSeconds / 60)} minutes.` },
      429,
    );
  }
  const bySession =
    bearer.kind === "none" &&
    secrets.password !== undefined &&
    (await hasValidSession(
      c.var.db,
      c.req.header("cookie") ?? null,
      await sessionSecret(c.var.db, secrets.password),
      new Date(),
    ));
  if (bearer.kind !== "valid" && !bySession) {
    c.header("WWW-Authenticate", 'Bearer realm="resonanz"');
    return c.json<ApiError>({ error: "Sign in as the author to use this endpoint." }, 401);
  }
  c.header("Cache-Control", "no-store");
  await next();
  return undefined;
});
