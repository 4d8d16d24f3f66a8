import { DrizzleQueryError } from "drizzle-orm/errors";
import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";
import { logError } from "./log-error";

/** The one JSON error shape of the API: `{ "error": "<what went wrong>" }`. */
export interface ApiError {
  error: string;
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json<ApiError>({ error: `No API route for ${c.req.method} ${c.req.path}` }, 404);

// D1 names its failures D1_ERROR, D1_EXEC_ERROR and so on, with SQLite's code (SQLITE_*) in the
// message or its cause. D1_TYPE_ERROR is a value D1 cannot bind: a bug, which retrying does not mend.
const databaseFailure = /^D1_(?!TYPE_ERROR)|SQLITE_|no such table|database is locked/;

/** Whether an error (or one it was caused by) is D1 failing, so that the client may simply retry. */
export function isDatabaseFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    // drizzle's wrapper quotes the SQL and its parameters, which hold whatever a reader sent;
    // only its cause says what failed, so a TypeError inside a query stays a bug (500).
    if (!(current instanceof DrizzleQueryError) && databaseFailure.test(current.message)) return true;
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
  logError("api error", err);
  if (isDatabaseFailure(err)) {
    c.header("Retry-After", "30");
    return c.json<ApiError>({ error: "The database is unavailable just now; please try again shortly." }, 503);
  }
  return c.json<ApiError>({ error: "Internal error" }, 500);
};
