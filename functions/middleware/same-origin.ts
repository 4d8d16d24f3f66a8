import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { checkBearer } from "../auth/bearer";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

const honoCsrf = csrf();

/**
 * Hono's CSRF check (Origin / Sec-Fetch-Site) for the author's endpoints, answered in
 * the API's JSON error shape. Requests with a valid bearer token skip it: a cross-site page
 * cannot attach an Authorization header without a CORS preflight, which this API never grants.
 * An invalid one is checked like any other request (and counted as a failed sign-in).
 */
export const sameOriginWrites = createMiddleware<AppEnv>(async (c, next) => {
  if ((await checkBearer(c)).kind === "valid") {
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
