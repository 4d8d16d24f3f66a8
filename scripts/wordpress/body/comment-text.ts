import { htmlToPlainText } from "./plain-text.ts";
import { wpautop } from "./wpautop.ts";

/**
 * A WordPress comment as the plain text Resonanz stores and shows: paragraphs separated by a
 * blank line, links as "text (url)", quotes prefixed "> ". WordPress stores a comment as typed
 * (blank lines between paragraphs, no `<p>`) and adds the paragraphs when it shows it, with the
 * same wpautop as for classic posts.
 */
export function commentText(html: string): string {
  return htmlToPlainText(wpautop(html), { linkUrls: true });
}
