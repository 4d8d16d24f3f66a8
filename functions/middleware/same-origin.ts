import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

const honoCsrf = csrf();

/**
 * Hono's CSRF check (Origin / Sec-Fetch-Site) for the author's endpoints, answered in
 * the API's JSON error shape. Requests with a bearer token skip it: a cross-site page
 * cannot attach an Authorization header without a CORS preflight, which this API never grants.
 */
export const sameOriginWrites = createMiddleware<AppEnv>(async (c, next) => {
  if (/^Bearer\s/i.test(c.req.header("authorization") ?? "")) {
    await next();
    return undefined;
  }
  try {
    await honoCsrf(c, next);
  } catch (error) {
    if (error instanceof HTTPException && error.status === 403) {
      return c.json<ApiError>({ error: "Cross-site requests to author endpoints are refused." }, 403);
    }
    throw error;
  }
  return undefined;
});
