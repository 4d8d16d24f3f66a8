import { splitMarkdownCode } from "./markdown-code.ts";

/** `![alt](`: the alt may hold backslash escapes and one level of brackets (CommonMark 6.4). */
const imageOpening = String.raw`!\[(?:\\.|[^\\[\]]|\[(?:\\.|[^\\[\]])*\])*\]\([ \t]*\n?[ \t]*`;

/** A bare destination, or one in angle brackets, which may hold spaces (CommonMark 6.3). */
const destination = String.raw`<[^<>\n]*>|[^\s()<>]+`;

/** An optional title in "", '' or (), then the closing parenthesis. */
const imageClosing = String.raw`(?:\s+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\)))?[ \t]*\n?[ \t]*\)`;

const markdownImage = new RegExp(`(${imageOpening})(${destination})(${imageClosing})`, "g");

function unwrapDestination(target: string): string {
  return target.startsWith("<") && target.endsWith(">") ? target.slice(1, -1) : target;
}

function linkImagesInProse(prose: string, local: ReadonlyMap<string, string>, prefix: string): string {
  return prose.replace(markdownImage, (image: string, opening: string, target: string, closing: string) => {
    const file = local.get(unwrapDestination(target));
    return file === undefined ? image : `${opening}${prefix}${file}${closing}`;
  });
}

/**
 * Points the Markdown's images at their downloaded copies: `![Büro](https://…/buero.jpg)` with
 * `local` mapping that URL to "buero-3fa2b1c9.jpg" and prefix "./images/" becomes
 * `![Büro](./images/buero-3fa2b1c9.jpg)`. Only image destinations change: a link around an image
 * keeps its href, since Astro publishes optimised copies and not the file itself. URLs in code,
 * fenced or inline, and images not in `local` stay as written.
 */
export function linkLocalImages(markdown: string, local: ReadonlyMap<string, string>, prefix: string): string {
  return splitMarkdownCode(markdown)
    .map((part) => (part.code ? part.text : linkImagesInProse(part.text, local, prefix)))
    .join("");
}
