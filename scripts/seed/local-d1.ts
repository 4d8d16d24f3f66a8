/**
 * The local D1 that `npm run dev` uses (or another one under `--persist-to`), opened from
 * Node through wrangler's getPlatformProxy: the same workerd and SQLite file, no mock.
 */
import { spawnSync } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import { startLocalProxy, stateFolder } from "../lib/local-d1-proxy.ts";

export interface LocalD1 {
  db: Database;
  env: Env;
  dispose(): Promise<void>;
}

async function listMigrationFiles(): Promise<string[]> {
  return (await readdir("migrations")).filter((file) => file.endsWith(".sql")).sort();
}

/** The migrations in migrations/ that the database behind `env.DB` has not applied yet. */
export async function listPendingMigrations(env: Env): Promise<string[]> {
  const applied = await listAppliedMigrations(env);
  return (await listMigrationFiles()).filter((file) => !applied.has(file));
}

async function listAppliedMigrations(env: Env): Promise<Set<string>> {
  try {
    const { results } = await env.DB.prepare("SELECT name FROM d1_migrations").all<{ name: string }>();
    return new Set(results.map((row) => row.name));
  } catch {
    // A database that no migration has touched has no d1_migrations table yet.
    return new Set();
  }
}

function applyMigrations(persistTo: string | undefined): void {
  const args = ["wrangler", "d1", "migrations", "apply", "DB", "--local"];
  if (persistTo) args.push("--persist-to", stateFolder(persistTo));
  // stdin ignored: wrangler then applies without asking for confirmation.
  const result = spawnSync("npx", args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`wrangler d1 migrations apply failed (exit ${result.status})`);
}

async function startProxy(persistTo: string | undefined): Promise<LocalD1> {
  const proxy = await startLocalProxy(persistTo);
  return { db: drizzle(proxy.env.DB, { schema }), env: proxy.env, dispose: () => proxy.dispose() };
}

/** Opens the local D1, applying pending migrations first (with the proxy closed, so one workerd owns the file). */
export async function openLocalD1(persistTo: string | undefined): Promise<LocalD1> {
  const local = await startProxy(persistTo);
  const pending = await listPendingMigrations(local.env);
  if (pending.length === 0) return local;
  await local.dispose();
  console.error(`applying ${pending.length} pending migration(s): ${pending.join(", ")}`);
  applyMigrations(persistTo);
  return startProxy(persistTo);
}

/** Bytes of the local D1's SQLite files (database, WAL and shared memory). */
export async function measureDatabaseBytes(persistTo: string | undefined): Promise<number> {
  const folder = join(stateFolder(persistTo), "v3", "d1");
  const files = await readdir(folder, { recursive: true }).catch(() => []);
  let bytes = 0;
  for (const file of files.filter((name) => /\.sqlite(-wal|-shm)?$/.test(name))) {
    bytes += (await stat(join(folder, file))).size;
  }
  return bytes;
}
