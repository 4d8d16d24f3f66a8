import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";

/** The one JSON error shape of the API: `{ "error": "<what went wrong>" }`. */
export interface ApiError {
  error: string;
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json<ApiError>({ error: `No API route for ${c.req.method} ${c.req.path}` }, 404);

const databaseFailure = /D1_|SQLITE_|no such table|database is locked|Failed query/i;

/** Whether an error (or one it was caused by) comes from D1, so the client may simply retry. */
export function isDatabaseFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (databaseFailure.test(current.message) || current.name === "DrizzleQueryError") return true;
    current = current.cause;
  }
  return false;
}

/** Client errors keep their message; anything else is logged and answered without detail. */
export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    // An exception that carries its own response (e.g. a 429 with Retry-After) answers with it.
    if (err.res) return err.getResponse();
    return c.json<ApiError>({ error: err.message }, err.status);
  }
  console.error("api error", err);
  if (isDatabaseFailure(err)) {
    c.header("Retry-After", "30");
    return c.json<ApiError>({ error: "The database is unavailable just now; please try again shortly." }, 503);
  }
  return c.json<ApiError>({ error: "Internal error" }, 500);
};
