import { strikethrough, tables } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";

/** Where an image the Markdown shows is reported, in the order the Markdown shows them. */
export type ImageSink = (image: { url: string; alt: string }) => void;

/**
 * Turndown set up for Resonanz posts: ATX headings, fenced code with its language, `-` bullets,
 * `_` emphasis, GFM tables and strikethrough, and text escaped so that Astro's Markdown reads no
 * HTML or entity into it.
 */
export function createMarkdownService(onImage: ImageSink): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    strongDelimiter: "**",
    hr: "---",
  });
  service.use([tables, strikethrough]);
  const escapeMarkdown = service.escape.bind(service);
  // Turndown escapes Markdown syntax only; "<b>" or "&amp;" as text would become a tag or a character.
  service.escape = (text) =>
    escapeMarkdown(text)
      .replace(/<(?=[A-Za-z/!?])/g, "\\<")
      .replace(/&(?=#?\w+;)/g, "\\&");

  service.addRule("codeBlock", {
    filter: "pre",
    replacement: (_content, node) => fencedCode(node.textContent ?? "", node.getAttribute("data-lang") ?? ""),
  });
  service.addRule("caption", {
    filter: "figcaption",
    replacement: (content) => {
      const caption = content.replace(/\s*\n\s*/g, " ").trim();
      return caption === "" ? "" : `\n\n_${caption}_\n\n`;
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const url = node.getAttribute("src") ?? "";
      const alt = (node.getAttribute("alt") ?? "").replace(/\s+/g, " ").trim();
      if (url === "") return "";
      onImage({ url, alt });
      const title = node.getAttribute("title")?.trim();
      const titlePart = title ? ` "${title.replaceAll('"', '\\"')}"` : "";
      return `![${alt.replace(/([\\[\]])/g, "\\$1")}](${linkDestination(url)}${titlePart})`;
    },
  });
  service.addRule("listItem", { filter: "li", replacement: listItem });
  // The table plugin writes a cell's newlines as <br>, the one HTML a pipe table needs.
  service.addRule("lineBreakInCell", {
    filter: (node) => node.nodeName === "BR" && node.closest("td, th") !== null,
    replacement: () => "\n",
  });
  // Markdown has no superscript or subscript, and m² or H₂O lose their meaning without.
  service.addRule("superscript", {
    filter: ["sup", "sub"],
    replacement: (content, node) => `<${node.nodeName.toLowerCase()}>${content}</${node.nodeName.toLowerCase()}>`,
  });
  return service;
}

/** A fence longer than any run of backticks in the code, so the code cannot close it. */
function fencedCode(text: string, language: string): string {
  const code = text.replace(/\n$/, "");
  const longestRun = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
}

/** Spaces and parentheses in an address would end a Markdown link destination early. */
function linkDestination(url: string): string {
  return url.replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

/** `- item` and `1. item` with one space, continuation lines indented to the item's text. */
function listItem(content: string, node: HTMLElement): string {
  const list = node.parentElement;
  let prefix = "- ";
  if (list?.nodeName === "OL") {
    const start = Number(list.getAttribute("start") ?? 1) || 1;
    prefix = `${start + Array.from(list.children).indexOf(node)}. `;
  }
  const isParagraph = /\n$/.test(content);
  const text = content.replace(/^\n+|\n+$/g, "") + (isParagraph ? "\n" : "");
  const indented = text.replace(/\n/g, `\n${" ".repeat(prefix.length)}`);
  return prefix + indented + (node.nextSibling ? "\n" : "");
}
