import type { SiteLanguage } from "../../shared/languages";
import type { LetterItem, WrittenLetter } from "./write";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

// Inline styles only: mail programs drop <style> blocks and external style sheets. No image,
// font or style sheet is loaded from anywhere, so opening the letter tells no server anything.
const body = "margin:0;padding:24px 16px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5";
const column = "max-width:40rem;margin:0 auto";
const heading = "font-size:1.05rem;margin:1.75rem 0 0.5rem";
// Dimmed rather than grey, so that it reads on a light and on a dark mail background alike.
const muted = "opacity:0.75;font-size:0.92em";

function item(entry: LetterItem): string {
  const detail = entry.detail ? `<br><span style="${muted}">${escapeHtml(entry.detail)}</span>` : "";
  const link = entry.link ? ` <a href="${escapeHtml(entry.link.href)}">${escapeHtml(entry.link.label)}</a>` : "";
  return `<li style="margin:0 0 0.6rem">${escapeHtml(entry.text)}${detail}${link}</li>`;
}

/** The HTML part: the plain text's content with headings and lists, nothing else. */
export function renderHtml(letter: WrittenLetter, lang: SiteLanguage): string {
  const sections = letter.sections.map(
    (section) =>
      `<h2 style="${heading}">${escapeHtml(section.heading)}</h2>\n<ul style="padding-left:1.2rem;margin:0">${section.items.map(item).join("")}</ul>`,
  );
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="color-scheme" content="light dark">',
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(letter.subject)}</title></head>`,
    `<body style="${body}"><div style="${column}">`,
    `<p>${escapeHtml(letter.intro)}</p>`,
    letter.weekLine ? `<p style="font-size:1.1rem;font-weight:600">${escapeHtml(letter.weekLine)}</p>` : "",
    letter.quiet ? `<p>${escapeHtml(letter.quiet)}</p>` : "",
    ...sections,
    `<p style="margin-top:1.75rem"><a href="${escapeHtml(letter.dashboard.href)}">${escapeHtml(letter.dashboard.label)}</a></p>`,
    `<p style="${muted};margin-top:2rem">${escapeHtml(letter.footer)}</p>`,
    "</div></body></html>",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
