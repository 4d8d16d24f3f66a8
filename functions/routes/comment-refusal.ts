import type { Context } from "hono";
import { type CommentRefusalReason, type CommentRefused, refusalStatus } from "../comments/refusals";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";

/** The error JSON of a refused comment write: the usual `error`, and the reason code that the form looks up. */
export type CommentApiError = ApiError & { reason: CommentRefusalReason };

/** The API's answer to a refused comment write, with Retry-After when waiting helps. */
export function answerRefusal(c: Context<AppEnv>, refused: CommentRefused, status = refusalStatus[refused.reason]) {
  if (refused.retryAfterSeconds !== undefined) c.header("Retry-After", String(refused.retryAfterSeconds));
  return c.json<CommentApiError>({ error: refused.message, reason: refused.reason }, status);
}
