import { HTMLElement, type Node, parse, TextNode } from "node-html-parser";

/** Elements that stand as paragraphs of their own in plain text. */
const blockTags = new Set([
  "P",
  "DIV",
  "UL",
  "OL",
  "LI",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "PRE",
  "FIGURE",
  "FIGCAPTION",
  "TABLE",
  "TR",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "DL",
  "DT",
  "DD",
  "HR",
]);
const droppedTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "FORM", "SVG"]);

/**
 * HTML as plain text: paragraphs separated by a blank line, `<br>` as a line break, entities
 * decoded, quotes prefixed "> ", and links as "text (url)" unless the text already is the URL.
 */
export function htmlToPlainText(html: string, options: { linkUrls: boolean }): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  return tidyBlocks(renderNodes(root.childNodes, options));
}

/** Paragraphs marked by "\n\n" and line breaks by "\n"; spaces around them are dropped. */
function tidyBlocks(text: string): string {
  return text
    .split(/\n[ \t]*\n\s*/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.replace(/[ \t]+/g, " ").trim())
        .join("\n")
        .trim(),
    )
    .filter((block) => block !== "")
    .join("\n\n");
}

function renderNodes(nodes: readonly Node[], options: { linkUrls: boolean }): string {
  return nodes.map((node) => renderNode(node, options)).join("");
}

function renderNode(node: Node, options: { linkUrls: boolean }): string {
  if (node instanceof TextNode) return node.text.replace(/[\s\u00a0]+/g, " ");
  if (!(node instanceof HTMLElement) || droppedTags.has(node.tagName)) return "";
  const inner = () => renderNodes(node.childNodes, options);
  switch (node.tagName) {
    case "BR":
      return "\n";
    case "A":
      return renderLink(inner(), node.getAttribute("href") ?? "", options);
    case "IMG":
      return node.getAttribute("alt") ?? "";
    case "BLOCKQUOTE": {
      const quoted = tidyBlocks(inner())
        .split("\n")
        .map((line) => (line === "" ? ">" : `> ${line}`));
      return `\n\n${quoted.join("\n")}\n\n`;
    }
    case "LI":
      return `\n- ${inner().trim()}\n`;
    case "PRE":
      return `\n\n${node.text}\n\n`;
    default:
      return blockTags.has(node.tagName) ? `\n\n${inner()}\n\n` : inner();
  }
}

function renderLink(text: string, href: string, options: { linkUrls: boolean }): string {
  const visible = text.trim();
  if (!options.linkUrls || href === "" || href.startsWith("#")) return text;
  const bare = (address: string) => address.replace(/^(?:https?:\/\/|mailto:)/, "").replace(/\/$/, "");
  if (visible === "") return href;
  return bare(visible) === bare(href) ? text : `${text} (${href})`;
}
