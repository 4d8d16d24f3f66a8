import { parse } from "node-html-parser";
import { markCodeLanguages } from "./clean-code.ts";
import { replaceEmbedFigures, replaceFrames, replaceMediaPlayers, replaceTweets } from "./clean-embeds.ts";
import { cleanImages } from "./clean-images.ts";
import { cleanTables } from "./clean-tables.ts";
import type { Language } from "./embed-wording.ts";

/** What a removed form leaves in the text, for the author to see and the report to name. */
export const formMarker = "<form>";

/** Elements with nothing a reader of the Markdown post could use: code, styling, widgets. */
const droppedElements = "script, style, noscript, template, link, meta, svg, canvas, button, input, select, textarea";

/**
 * The post's HTML reduced to what Markdown expresses: embeds and players as links, images and
 * captions without WordPress's extras, code blocks with their language, tables that fit pipe
 * tables. Turndown then writes the Markdown.
 */
export function cleanHtml(html: string, language: Language): string {
  const root = parse(html, {
    comment: false,
    // The default also reads <pre> as raw text; its <code> child and language are needed here.
    blockTextElements: { script: true, style: true, noscript: true },
  });
  for (const element of root.querySelectorAll(droppedElements)) element.remove();
  for (const form of root.querySelectorAll("form")) form.replaceWith(`<p>${formMarker.replace("<", "&lt;")}</p>`);
  replaceTweets(root, language);
  replaceEmbedFigures(root, language);
  replaceFrames(root, language);
  replaceMediaPlayers(root, language);
  cleanImages(root);
  markCodeLanguages(root);
  cleanTables(root);
  return root.toString();
}
