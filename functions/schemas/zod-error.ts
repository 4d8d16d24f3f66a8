import type { z } from "zod";

/** The path of the first issue, or `fallbackField` when the input as a whole is wrong. */
export function firstIssueField(error: z.core.$ZodError, fallbackField: string): string {
  return error.issues[0]?.path.join(".") || fallbackField;
}

/** `field: problem` for the first issue, so that a client learns what to fix. */
export function describeZodError(error: z.core.$ZodError, fallbackField: string): string {
  return `${firstIssueField(error, fallbackField)}: ${error.issues[0]?.message ?? "invalid"}`;
}
