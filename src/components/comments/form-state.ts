import type { SiteLanguage } from "../../../site.config";
import { translate, type UiKey } from "../../lib/i18n";

export type CommentField = "name" | "website" | "text";

/** What the comment form shows after an attempt: kept values, errors beside fields, a status. */
export interface CommentFormState {
  values: { name: string; website: string; text: string };
  errors: Partial<Record<CommentField, string>>;
  message?: { kind: "success" | "error"; text: string };
  deleteUrl?: string;
}

export const emptyFormState: CommentFormState = { values: { name: "", website: "", text: "" }, errors: {} };

const fieldMessages: Record<CommentField, UiKey> = { name: "errorName", website: "errorWebsite", text: "errorText" };

/** Turns an API error (`field: message`, with its status) into what the form shows, in the page's language. */
export function describeCommentError(
  status: number,
  error: string,
  lang: SiteLanguage,
): Pick<CommentFormState, "errors" | "message"> {
  const field = error.split(":", 1)[0];
  if (field === "name" || field === "website" || field === "text") {
    return { errors: { [field]: translate(lang, fieldMessages[field]) } };
  }
  const key: UiKey =
    status === 403 ? "errorClosed" : status === 429 ? "errorRate" : field === "token" ? "errorForm" : "errorOther";
  return { errors: {}, message: { kind: "error", text: translate(lang, key) } };
}
