import { collapseWhitespace } from "./html-text.ts";
import { htmlToPlainText } from "./plain-text.ts";
import { unescapeMarkdown } from "./unconverted.ts";

/**
 * A post's description: its excerpt as plain text, or else the first paragraph of its own text
 * (no heading, image, caption, embed link, list, quote, table, code or shortcode), cut at a word
 * boundary to at most `maxLength` characters, "…" included.
 */
export function describe(excerptHtml: string, markdown: string, maxLength = 160): string {
  const excerpt = collapseWhitespace(htmlToPlainText(excerptHtml, { linkUrls: false }));
  return truncate(excerpt !== "" ? excerpt : firstParagraphText(markdown), maxLength);
}

/** Paragraphs that are something other than the author's prose, recognized by how they start or what they are. */
const notProse = [
  /^(?:#{1,6}\s|>|[-*+]\s|\d+\.\s|\||!\[|\[!\[|\\<form>)/,
  /** A paragraph that is one link: an embed or a media file. */
  /^\[(?:\\.|[^\]\\])*\]\([^)]*\)$/,
  /** A caption: one emphasized paragraph. */
  /^_.*_$/s,
];

function firstParagraphText(markdown: string): string {
  for (const paragraph of paragraphsOutsideCode(markdown)) {
    if (notProse.some((pattern) => pattern.test(paragraph))) continue;
    const text = markdownToText(paragraph);
    if (text !== "") return text;
  }
  return "";
}

function* paragraphsOutsideCode(markdown: string): Generator<string> {
  let lines: string[] = [];
  let inCode = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode;
    else if (!inCode && line.trim() !== "") lines.push(line);
    if (inCode || line.trim() === "") {
      if (lines.length > 0) yield lines.join("\n").trim();
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("\n").trim();
}

/** Markdown inline syntax removed: links to their text, no images, emphasis, code marks, shortcodes or escapes. */
function markdownToText(paragraph: string): string {
  const text = paragraph
    .replace(/!\[(?:\\.|[^\]\\])*\]\([^)]*\)/g, "")
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, "$1")
    .replace(/\\\[[a-z](?:[a-z0-9-]|\\_)*(?:[\s/](?:[^\\\n]|\\[^\]\n])*?)?\\\]/g, "")
    .replace(/<\/?(?:sup|sub)>/g, "")
    .replace(/(?<!\\)(?:\*\*|__|~~|[*_`])/g, "");
  return collapseWhitespace(unescapeMarkdown(text));
}

/** At most `maxLength` characters (code points), cut after a whole word and ended with "…". */
function truncate(text: string, maxLength: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  const roomLength = Math.max(0, maxLength - 1);
  const room = characters.slice(0, roomLength).join("");
  const nextIsBreak = /\s/.test(characters[roomLength] ?? " ");
  const lastBreak = room.search(/\s\S*$/);
  const words = nextIsBreak || lastBreak <= 0 ? room : room.slice(0, lastBreak);
  return `${words.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
