import { escapeAttribute } from "./html-text.ts";

/**
 * Gutenberg block markup: the HTML between `<!-- wp:name {json} -->` and `<!-- /wp:name -->`
 * delimiters (see WP_Block_Parser). The delimiters are dropped; what their attributes know and
 * the HTML does not is written onto the block's first element for the later steps.
 */

/** A block delimiter: opening, closing (`/wp:`) or void (`/-->`), with its JSON attributes. */
const delimiterPattern = /<!--\s+(\/?)wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s+(?:(\{[\s\S]*?\})\s+)?\/?-->/g;

/** WordPress renders a post through its blocks, and without wpautop, when it holds any. */
export function hasBlocks(html: string): boolean {
  return html.includes("<!-- wp:");
}

export function stripBlockDelimiters(html: string): string {
  let result = "";
  let position = 0;
  let pendingBlock: { name: string; attributes: unknown } | undefined;
  for (const match of html.matchAll(delimiterPattern)) {
    result += annotate(html.slice(position, match.index), pendingBlock);
    position = match.index + match[0].length;
    const [, closing, name = "", json] = match;
    pendingBlock = closing === "/" ? undefined : { name: name.replace(/^core\//, ""), attributes: parseJson(json) };
  }
  return result + annotate(html.slice(position), pendingBlock);
}

/** The HTML right after a block's opening delimiter, with what the block's attributes add. */
function annotate(segment: string, block: { name: string; attributes: unknown } | undefined): string {
  if (block === undefined) return segment;
  // Code blocks of plugins (SyntaxHighlighter Evolved, Code Block Pro, …) keep the language only here.
  const language = stringAttribute(block.attributes, "language");
  if (language !== undefined) return addAttribute(segment, "pre", "data-lang", language);
  // wp:embed, and before WordPress 5.6 wp:core-embed/youtube and the like.
  const url = stringAttribute(block.attributes, "url");
  if (block.name === "embed" || block.name.startsWith("core-embed/")) {
    return url === undefined ? segment : addAttribute(segment, "figure", "data-wp-embed", url);
  }
  // A shortcode block holds bare text; as its own paragraph it cannot run into its neighbours.
  if (block.name === "shortcode" && segment.trim() !== "") return `<p>${segment.trim()}</p>`;
  return segment;
}

function addAttribute(segment: string, tag: string, name: string, value: string): string {
  return segment.replace(new RegExp(`<${tag}(?=[\\s>])`, "i"), `<${tag} ${name}="${escapeAttribute(value)}"`);
}

function parseJson(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function stringAttribute(attributes: unknown, name: string): string | undefined {
  if (typeof attributes !== "object" || attributes === null) return undefined;
  const value: unknown = Object.entries(attributes).find(([key]) => key === name)?.[1];
  return typeof value === "string" && value !== "" ? value : undefined;
}
