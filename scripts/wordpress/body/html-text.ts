import { TextNode } from "node-html-parser";

/** Text as HTML: for content the conversion writes between tags. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Text as a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replaceAll('"', "&quot;");
}

/** Every HTML entity decoded (named, decimal, hexadecimal), as a browser reads text. */
export function decodeEntities(html: string): string {
  return new TextNode(html).text;
}

/** Runs of whitespace, including no-break spaces, as one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}
