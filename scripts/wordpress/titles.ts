/**
 * Titles and descriptions within the bounds the site's frontmatter sets (src/lib/post-schema.ts):
 * a post without a title is named after its date, and long ones are cut at a word.
 */

import type { SiteLanguage } from "../../shared/languages.ts";
import { formatDate } from "../../src/lib/i18n.ts";

const maxTitleLength = 120;
const maxDescriptionLength = 160;

/** `text` cut at the last word that fits, with "…" counted in `max`. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const atWord = room.replace(/\s+\S*$/, "");
  return `${(atWord.length > max / 2 ? atWord : room).trimEnd()}…`;
}

const untitled: Record<SiteLanguage, (date: string) => string> = {
  de: (date) => `Beitrag vom ${date}`,
  en: (date) => `Post of ${date}`,
};

export function postTitle(title: string, date: Date, lang: SiteLanguage): { title: string; note?: string } {
  if (title === "") return { title: untitled[lang](formatDate(date, lang)), note: "no title: named after its date" };
  if (title.length > maxTitleLength)
    return { title: cutAtWord(title, maxTitleLength), note: "title cut to 120 characters" };
  return { title };
}

/** The description, or the title when the post has no text to describe it by. */
export function postDescription(described: string, title: string): string {
  return described !== "" ? described : cutAtWord(title, maxDescriptionLength);
}
