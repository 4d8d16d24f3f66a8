import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import type { ApiError } from "./errors";

/** zValidator with the API's one error shape: a 400 naming the first bad field. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") || target;
      return c.json<ApiError>({ error: `${field}: ${issue?.message ?? "invalid"}` }, 400);
    }
    return undefined;
  });
}
