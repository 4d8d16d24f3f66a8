import { HTMLElement } from "node-html-parser";

/**
 * Tables shaped so the GFM plugin writes them as pipe tables: merged rows are spread into empty
 * cells, and block content in a cell (lists, headings, quotes, code) is flattened to inline
 * content, which the plugin otherwise keeps as an HTML table.
 */
export function cleanTables(root: HTMLElement): void {
  for (const table of root.querySelectorAll("table")) spreadRowSpans(table);
  for (const cell of root.querySelectorAll("td, th")) flattenCell(cell);
}

/** Pipe tables have no rowspan: the cells a merged cell covers in later rows are added empty. */
function spreadRowSpans(table: HTMLElement): void {
  const rows = table.querySelectorAll("tr").filter((row) => row.closest("table") === table);
  /** For each column, how many more rows a cell above still covers. */
  const covered = new Map<number, number>();
  const takeCovered = (column: number): boolean => {
    const remaining = covered.get(column) ?? 0;
    if (remaining > 0) covered.set(column, remaining - 1);
    return remaining > 0;
  };
  for (const row of rows) {
    let column = 0;
    const cells = row.childNodes.filter(isCell);
    for (const cell of cells) {
      while (takeCovered(column)) {
        cell.insertAdjacentHTML("beforebegin", "<td></td>");
        column += 1;
      }
      const columnSpan = Math.max(1, Number(cell.getAttribute("colspan") ?? 1) || 1);
      const rowSpan = Math.max(1, Number(cell.getAttribute("rowspan") ?? 1) || 1);
      cell.removeAttribute("rowspan");
      for (let offset = 0; offset < columnSpan; offset += 1) {
        if (rowSpan > 1) covered.set(column + offset, rowSpan - 1);
      }
      column += columnSpan;
    }
    const lastCovered = Math.max(-1, ...covered.keys());
    for (; column <= lastCovered; column += 1) {
      if (takeCovered(column)) row.insertAdjacentHTML("beforeend", "<td></td>");
    }
  }
}

function isCell(node: unknown): node is HTMLElement {
  return node instanceof HTMLElement && (node.tagName === "TD" || node.tagName === "TH");
}

/** Block content in a cell as one line: list items and paragraphs separated by line breaks. */
function flattenCell(cell: HTMLElement): void {
  // Innermost first, so that an outer element is flattened with its inner ones already done.
  const innermostFirst = (selector: string) => cell.querySelectorAll(selector).reverse();
  for (const pre of innermostFirst("pre")) {
    pre.replaceWith(`<code>${pre.querySelector("code")?.innerHTML ?? pre.innerHTML}</code>`);
  }
  for (const item of innermostFirst("li, ul, ol")) {
    item.replaceWith(item.tagName === "LI" ? `• ${item.innerHTML}<br>` : item.innerHTML);
  }
  for (const heading of innermostFirst("h1, h2, h3, h4, h5, h6")) {
    heading.replaceWith(`<strong>${heading.innerHTML}</strong><br>`);
  }
  for (const block of innermostFirst("p, blockquote, div, figure")) block.replaceWith(`${block.innerHTML}<br>`);
  for (const rule of cell.querySelectorAll("hr")) rule.remove();
  cell.innerHTML = cell.innerHTML.replace(/(?:\s*<br>\s*)+$/, "");
}
