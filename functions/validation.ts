import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import type { ApiError } from "./errors";
import { describeZodError } from "./schemas/zod-error";

/** zValidator with the API's one error shape: a 400 naming the first bad field. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return c.json<ApiError>({ error: describeZodError(result.error, target) }, 400);
    return undefined;
  });
}
