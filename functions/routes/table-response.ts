import type { Context } from "hono";
import { z } from "zod";

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

/** One table of the dashboard as JSON (`{ name: rows }`) or as a CSV download. */
export function respondTable(c: Context, name: string, rows: readonly object[], format: "json" | "csv") {
  if (format === "json") return c.json({ [name]: rows });
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="resonanz-${name}.csv"`);
  return c.body(toCsv(rows));
}
