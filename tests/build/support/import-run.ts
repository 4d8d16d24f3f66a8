/**
 * Runs the real `npm run analytics:import` against a throwaway local D1 and reads that D1
 * back through wrangler's getPlatformProxy: the same workerd and SQLite file, no mock.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalProxy } from "../../../scripts/lib/local-d1-proxy";

export interface ImportRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface ImportFolder {
  persistTo: string;
  file: string;
  remove(): Promise<void>;
}

const runTimeoutMs = 90_000;

/** A folder with the import file and the local D1, removed afterwards. */
export async function createImportFolder(): Promise<ImportFolder> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-import-test-"));
  return {
    persistTo: join(folder, "state"),
    file: join(folder, "history.ndjson"),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/** One line per entry: objects as JSON, strings as they are (for lines that are not JSON). */
export async function writeLines(file: string, lines: readonly (object | string)[]): Promise<void> {
  await writeFile(
    file,
    `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`,
  );
}

export function runImport(folder: ImportFolder): Promise<ImportRun> {
  return runScript("analytics:import", ["--file", folder.file, "--persist-to", folder.persistTo]);
}

/** `npm run <script> -- <args>` as an author runs it, with what it printed and its exit status. */
export function runScript(
  script: string,
  scriptArgs: readonly string[],
  cwd = process.cwd(),
  timeoutMs = runTimeoutMs,
): Promise<ImportRun> {
  const args = ["run", "--silent", script, "--", ...scriptArgs];
  // Its own process group, so that a run that hangs is ended with wrangler's workerd children.
  const child = spawn("npm", args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`npm run ${script} ran longer than ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Runs `read` against the folder's D1, with workerd started for it and stopped afterwards. */
export async function readD1<T>(folder: ImportFolder, read: (db: D1Database) => Promise<T>): Promise<T> {
  const proxy = await startLocalProxy(folder.persistTo);
  try {
    return await read(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
}

export async function selectAll<Row>(db: D1Database, query: string, ...params: unknown[]): Promise<Row[]> {
  const { results } = await db
    .prepare(query)
    .bind(...params)
    .all<Row>();
  return results;
}

/** Every cell of every table the migrations made, as text. */
export async function readAllCells(db: D1Database): Promise<string[]> {
  const tables = await selectAll<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  );
  const cells: string[] = [];
  for (const { name } of tables) {
    for (const row of await selectAll<Record<string, unknown>>(db, `SELECT * FROM "${name}"`)) {
      cells.push(...Object.values(row).map((value) => `${name}: ${String(value)}`));
    }
  }
  return cells;
}

/** The bytes of the D1's SQLite files (database, write-ahead log), as Latin-1 text to search in. */
export async function readDatabaseFiles(folder: ImportFolder): Promise<string> {
  const d1Folder = join(folder.persistTo, "v3", "d1");
  const files = (await readdir(d1Folder, { recursive: true })).filter((name) => /\.sqlite(-wal)?$/.test(name));
  const contents = await Promise.all(files.map((name) => readFile(join(d1Folder, name), "latin1")));
  return contents.join("\n");
}
