import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";

/** The one JSON error shape of the API: `{ "error": "<what went wrong>" }`. */
export interface ApiError {
  error: string;
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json<ApiError>({ error: `No API route for ${c.req.method} ${c.req.path}` }, 404);

/** Client errors keep their message; anything else is logged and answered without detail. */
export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    // An exception that carries its own response (e.g. a 429 with Retry-After) answers with it.
    if (err.res) return err.getResponse();
    return c.json<ApiError>({ error: err.message }, err.status);
  }
  console.error("api error", err);
  return c.json<ApiError>({ error: "Internal error" }, 500);
};
