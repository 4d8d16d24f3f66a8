import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);
const wranglerEntry = join("node_modules", "wrangler", "bin", "wrangler.js");

/** A SQL string literal; D1 (SQLite) escapes a quote by doubling it. */
export function sqlText(value: string | null): string {
  return value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`;
}

/** `wrangler d1 execute --json` prints one entry per statement. */
const executeOutput = z.array(z.object({ results: z.array(z.record(z.string(), z.unknown())) }));

/**
 * Runs `sql` (one or more statements) against the local D1 that
 * `npm run preview -- --persist-to persistTo` uses, through wrangler itself with the npm
 * scripts' offline settings, and returns the rows of each statement.
 */
export async function executeD1(persistTo: string, sql: string): Promise<Record<string, unknown>[][]> {
  const wranglerArgs = ["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--json", "--command", sql];
  // wrangler's own entry on this Node rather than through npx, which costs each query most of a second.
  const { stdout } = await run(
    "sh",
    ["-c", '. ./scripts/offline.env && exec "$@"', "sh", process.execPath, wranglerEntry, ...wranglerArgs],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return executeOutput.parse(JSON.parse(stdout)).map((statement) => statement.results);
}

/** The rows of a single statement, checked against `row`. */
export async function queryD1<Row>(persistTo: string, sql: string, row: z.ZodType<Row>): Promise<Row[]> {
  const [rows = []] = await executeD1(persistTo, sql);
  return z.array(row).parse(rows);
}
