import { createMiddleware } from "hono/factory";
import { constantTimeEqual, readSecret } from "../auth/secrets";
import { hasValidSession, sessionSecret } from "../auth/session";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

/**
 * Only the author passes: with the session cookie from signing in, or with
 * `Authorization: Bearer <AUTHOR_API_TOKEN>` for scripts. Without secrets
 * configured nothing passes: the author API is never open by default.
 */
export const requireAuthor = createMiddleware<AppEnv>(async (c, next) => {
  const password = readSecret(c.env, "AUTHOR_PASSWORD");
  const token = readSecret(c.env, "AUTHOR_API_TOKEN");
  if (!password && !token) {
    return c.json<ApiError>(
      { error: "The author API is disabled: set AUTHOR_PASSWORD and AUTHOR_API_TOKEN (see .dev.vars.example)." },
      401,
    );
  }
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  const byToken = token !== undefined && bearer !== undefined && constantTimeEqual(bearer, token);
  const bySession =
    !byToken &&
    password !== undefined &&
    (await hasValidSession(c.req.header("cookie") ?? null, await sessionSecret(c.var.db, password), new Date()));
  if (!byToken && !bySession) {
    c.header("WWW-Authenticate", 'Bearer realm="resonanz"');
    return c.json<ApiError>({ error: "Sign in as the author to use this endpoint." }, 401);
  }
  c.header("Cache-Control", "no-store");
  await next();
  return undefined;
});
