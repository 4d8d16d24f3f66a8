import type { SiteLanguage } from "../../../site.config";
import { type CommentField, type CommentFormReason, describeRefusal } from "./refusal-messages";

/** What the comment form shows after an attempt: kept values, errors beside fields, a status. */
export interface CommentFormState {
  values: { name: string; website: string; text: string };
  errors: Partial<Record<CommentField, string>>;
  message?: { kind: "success" | "error"; text: string };
  deleteUrl?: string;
}

export const emptyFormState: CommentFormState = { values: { name: "", website: "", text: "" }, errors: {} };

/** A refused comment as the form shows it, in the page's language: beside its field, or as the status. */
export function describeCommentRefusal(
  reason: CommentFormReason,
  lang: SiteLanguage,
): Pick<CommentFormState, "errors" | "message"> {
  const { text, field } = describeRefusal(reason, lang);
  return field ? { errors: { [field]: text } } : { errors: {}, message: { kind: "error", text } };
}

/** The reader's text from the posted fields, to put back into the form. */
export function keepValues(fields: Record<string, unknown>): CommentFormState["values"] {
  const read = (key: string) => {
    const value = fields[key];
    return typeof value === "string" ? value : "";
  };
  return { name: read("name"), website: read("website"), text: read("text") };
}
