import type { Context } from "hono";
import { z } from "zod";
import type { Page } from "../queries/paging";

export const formatQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly object[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [
    columns.join(","),
    ...rows.map((row) => columns.map((column) => csvCell(Reflect.get(row, column))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** The same request for page `page`, for a `Link: <…>; rel="next"` header and the JSON's `next`. */
export function pageUrl(requestUrl: string, page: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set("page", String(page));
  return `${url.pathname}${url.search}`;
}

/**
 * Names the next page, when there is one, in a `Link` header (RFC 8288) and as `nextPage` for
 * a JSON body; a last page's body looks as it did before tables had pages.
 */
export function announceNextPage(c: Context, table: Page<unknown>): { nextPage?: number } {
  if (table.nextPage === null) return {};
  c.header("Link", `<${pageUrl(c.req.url, table.nextPage)}>; rel="next"`);
  return { nextPage: table.nextPage };
}

/**
 * One page of a table of the dashboard as JSON (`{ name: rows }`, with `nextPage` when more
 * follow) or as a CSV download, whose next page only the `Link` header names.
 */
export function respondTable(
  c: Context,
  name: string,
  table: Page<object>,
  request: { format: "json" | "csv"; page: number },
) {
  if (request.format === "json") return c.json({ [name]: table.rows, ...announceNextPage(c, table) });
  announceNextPage(c, table);
  const part = request.page === 1 ? "" : `-page-${request.page}`;
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="resonanz-${name}${part}.csv"`);
  return c.body(toCsv(table.rows));
}
