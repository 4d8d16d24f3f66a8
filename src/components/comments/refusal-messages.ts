import type { CommentRefusalReason } from "../../../functions/comments/refusals";
import type { SiteLanguage } from "../../../site.config";
import { translate, type UiKey } from "../../lib/i18n";

export type CommentField = "name" | "website" | "text";

/** A refusal's reason, or "unavailable" when the server or the network failed. */
export type CommentFormReason = CommentRefusalReason | "unavailable";

/** What the reader reads for a refusal, and the input it is shown beside (else in the form's status). */
export interface RefusalMessage {
  text: string;
  field?: CommentField;
}

/**
 * The one table of what the comment form says about each refusal, used by the page
 * without JavaScript (form-state.ts) and, rendered into the form, by enhance-form.ts.
 */
const refusalMessageKeys: Record<CommentFormReason, { key: UiKey; field?: CommentField }> = {
  "invalid-name": { key: "errorName", field: "name" },
  "invalid-website": { key: "errorWebsite", field: "website" },
  "invalid-text": { key: "errorText", field: "text" },
  "invalid-input": { key: "errorOther" },
  "unknown-post": { key: "errorOther" },
  closed: { key: "errorClosed" },
  "invalid-token": { key: "errorForm" },
  "expired-token": { key: "errorForm" },
  turnstile: { key: "errorOther" },
  "bad-parent": { key: "errorOther" },
  "rate-limited": { key: "errorRate" },
  "not-found": { key: "errorOther" },
  unavailable: { key: "errorOther" },
};

function toMessage({ key, field }: { key: UiKey; field?: CommentField }, lang: SiteLanguage): RefusalMessage {
  return { text: translate(lang, key), ...(field ? { field } : {}) };
}

export function describeRefusal(reason: CommentFormReason, lang: SiteLanguage): RefusalMessage {
  return toMessage(refusalMessageKeys[reason], lang);
}

/** Every refusal's message in `lang`, keyed by reason: the form's `data-refusals` JSON for the inline script. */
export function listRefusalMessages(lang: SiteLanguage): Record<string, RefusalMessage> {
  return Object.fromEntries(
    Object.entries(refusalMessageKeys).map(([reason, entry]) => [reason, toMessage(entry, lang)]),
  );
}
