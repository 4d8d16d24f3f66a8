import { formMarker } from "./clean-html.ts";

/** Something the conversion could not express and left visible in the Markdown for the author. */
export interface Unconverted {
  /** As WordPress wrote it, e.g. `[gallery ids="1,2"]`, or `<form>` for a removed form. */
  text: string;
  /** The 1-based line of the Markdown that shows it. */
  line: number;
}

/**
 * A shortcode as Turndown leaves it in text: brackets (and underscores) backslash-escaped, so
 * Markdown shows it literally, e.g. `\[contact-form-7 id="12"\]`. Text in code is not escaped and
 * so never matches; `\[text\](url)` is a Markdown link written as text, and `[[name]]` is
 * WordPress's way of writing a shortcode as text: neither is a shortcode.
 */
const escapedShortcode = /(?<!\\\[)\\\[([a-z](?:[a-z0-9-]|\\_)*)(?:[\s/](?:[^\\\n]|\\[^\]\n])*?)?\\\](?!\()/g;

/** Every unconverted shortcode and removed form, with its line, in the order of the Markdown. */
export function findUnconverted(markdown: string): Unconverted[] {
  const found: Unconverted[] = [];
  let fence: string | undefined;
  markdown.split("\n").forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fence) && line.trim() === fenceMatch[1]) fence = undefined;
      return;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      return;
    }
    if (line.trim() === `\\${formMarker}`) found.push({ text: formMarker, line: index + 1 });
    for (const match of line.matchAll(escapedShortcode)) {
      found.push({ text: unescapeMarkdown(match[0]), line: index + 1 });
    }
  });
  return found;
}

/** Markdown text with its backslash escapes removed: what a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
