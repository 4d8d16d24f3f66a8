import { EmailMessage } from "cloudflare:email";
import type { SiteLanguage } from "../../shared/languages";
import { siteConfig } from "../../site.config";
import { buildLetterMessage, newMessageId } from "./mime";
import { renderHtml } from "./render-html";
import { renderText } from "./render-text";
import type { LetterAddresses } from "./settings";
import type { WrittenLetter } from "./write";

/** What sends a MIME message: the `send_email` binding, or a stand-in in tests. */
export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

export type Delivery = { outcome: "sent"; messageId: string } | { outcome: "failed"; error: string };

/** The letter as its two parts, as sent and as the preview shows it. */
export function renderLetter(letter: WrittenLetter, lang: SiteLanguage = siteConfig.lang): MessageParts {
  return { subject: letter.subject, text: renderText(letter), html: renderHtml(letter, lang) };
}

export interface MessageParts {
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends one message through the binding. A failure is returned, never thrown: the caller
 * records it, and the cron tries once more on its next run.
 */
export async function deliver(
  mailer: Mailer,
  addresses: LetterAddresses,
  parts: MessageParts,
  now: Date,
): Promise<Delivery> {
  const messageId = newMessageId(addresses.from);
  const raw = buildLetterMessage({ ...addresses, ...parts, messageId, date: now });
  try {
    const result = await mailer.send(new EmailMessage(addresses.from, addresses.to, raw));
    return { outcome: "sent", messageId: result.messageId || messageId };
  } catch (error) {
    return { outcome: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}
