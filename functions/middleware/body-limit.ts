import { bodyLimit } from "hono/body-limit";
import type { ApiError } from "../errors";
import { bodyTooLargeError, maxRequestBodyBytes } from "../request/body-limit";

/**
 * Every API request's body, bounded before a route reads it: by its Content-Length, or, for a
 * chunked body without one, by counting while it streams in (Hono's bodyLimit does both).
 * The collector keeps its own, smaller limit (routes/event.ts).
 */
export const apiBodyLimit = bodyLimit({
  maxSize: maxRequestBodyBytes,
  onError: (c) => c.json<ApiError>({ error: bodyTooLargeError }, 413),
});
