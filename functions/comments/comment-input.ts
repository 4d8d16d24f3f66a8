import { refuse } from "../outcome";
import { type NewComment, newCommentSchema } from "../schemas/comment";
import { describeZodError, firstIssueField } from "../schemas/zod-error";
import type { CommentRefused } from "./refusals";

/** Turnstile's widget names its field `cf-turnstile-response`; the schema calls it `turnstileToken`. */
function renameTurnstileField(fields: Record<string, unknown>): Record<string, unknown> {
  const { "cf-turnstile-response": turnstileToken, ...rest } = fields;
  return turnstileToken === undefined ? rest : { ...rest, turnstileToken };
}

/** The fields a reader fixes beside the form's inputs; the form token has its own message. */
function reasonForField(field: string) {
  if (field === "name") return "invalid-name";
  if (field === "website") return "invalid-website";
  if (field === "text") return "invalid-text";
  if (field === "token") return "invalid-token";
  return "invalid-input";
}

export type CommentInputRead = { outcome: "read"; comment: NewComment } | CommentRefused;

/** A reader's comment from the fields of a form or a JSON body, or the first field at fault. */
export function readNewComment(fields: Record<string, unknown>): CommentInputRead {
  const parsed = newCommentSchema.safeParse(renameTurnstileField(fields));
  if (parsed.success) return { outcome: "read", comment: parsed.data };
  const field = firstIssueField(parsed.error, "body");
  return refuse(reasonForField(field), field, describeZodError(parsed.error, "body"));
}
