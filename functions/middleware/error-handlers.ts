import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import { type ApiError, isDatabaseFailure } from "../errors";
import { logError } from "../log-error";

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json<ApiError>({ error: `No API route for ${c.req.method} ${c.req.path}` }, 404);

/** Client errors keep their message; anything else is logged and answered without detail. */
export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own middleware throws these; one that carries its own response answers with it.
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
