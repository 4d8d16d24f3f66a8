import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

/** Compares two strings in time that depends only on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

function readSecret(env: Env, name: string): string | undefined {
  const value: unknown = Reflect.get(env, name);
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * Only the author passes: `Authorization: Bearer <AUTHOR_API_TOKEN>`. Without the
 * secret configured nothing passes, so the API is never open by default.
 */
export const requireAuthor = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSecret(c.env, "AUTHOR_API_TOKEN");
  if (!token) {
    return c.json<ApiError>(
      { error: "The author API is disabled: set the secret AUTHOR_API_TOKEN (see .dev.vars.example)." },
      401,
    );
  }
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
  if (!constantTimeEqual(given, token)) {
    c.header("WWW-Authenticate", 'Bearer realm="resonanz"');
    return c.json<ApiError>({ error: "Sign in as the author to use this endpoint." }, 401);
  }
  await next();
  return undefined;
});
