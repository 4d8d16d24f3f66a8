import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);

// The same settings as scripts/offline.env, which the npm scripts source: wrangler stays offline.
const offline = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

/** A SQL string literal; D1 (SQLite) escapes a quote by doubling it. */
export function sqlText(value: string | null): string {
  return value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`;
}

const executeAnswer = z.array(z.object({ results: z.array(z.record(z.string(), z.unknown())) }));

/**
 * Runs SQL on a preview's local D1 the way an author would with wrangler, from a file
 * so that no shell ever sees the statements.
 */
export async function executeD1(persistTo: string, sql: string): Promise<Record<string, unknown>[]> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-sql-"));
  const file = join(folder, "statements.sql");
  try {
    await writeFile(file, sql);
    const { stdout } = await run(
      "npx",
      ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--json", "--file", file],
      { env: { ...process.env, ...offline }, maxBuffer: 16 * 1024 * 1024 },
    );
    return executeAnswer.parse(JSON.parse(stdout)).flatMap((statement) => statement.results);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
