/**
 * The database an import writes to: the local D1 (migrated first, as the seeder does), or the
 * deployed one through getPlatformProxy's remote bindings, so that both run the same code.
 * For the remote one, the D1 binding of wrangler.jsonc is copied into a throwaway config with
 * `remote: true`; nothing else of the Worker is started.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/d1";
import { getPlatformProxy, unstable_readConfig } from "wrangler";
import { z } from "zod";
import * as schema from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import { stateFolder } from "../lib/local-d1-proxy.ts";
import { listPendingMigrations, openLocalD1 } from "../seed/local-d1.ts";

export interface ImportD1 {
  db: Database;
  /** Where the data goes, for the output. */
  where: string;
  dispose(): Promise<void>;
}

export async function openLocalImportD1(persistTo: string | undefined): Promise<ImportD1> {
  const local = await openLocalD1(persistTo);
  return { db: local.db, where: `local D1 in ${stateFolder(persistTo)}`, dispose: () => local.dispose() };
}

/** The parts of wrangler.jsonc the remote config needs, checked: wrangler's reader is untyped here. */
const wranglerConfig = z.object({
  name: z.string(),
  compatibility_date: z.string(),
  account_id: z.string().optional(),
  d1_databases: z.array(
    z.object({ binding: z.string(), database_name: z.string(), database_id: z.string().optional() }),
  ),
});

/**
 * A throwaway Worker config with only the D1 binding of wrangler.jsonc (remote or local), and
 * `main` when a script of the importer runs beside it (scripts/wordpress/comments/).
 */
export async function writeD1Config(
  folder: string,
  options: { remote: boolean; main?: string },
): Promise<{ path: string; database: string }> {
  const config = wranglerConfig.parse(unstable_readConfig({ config: "wrangler.jsonc" }));
  const database = config.d1_databases.find((entry) => entry.binding === "DB");
  if (!database?.database_id) throw new Error("wrangler.jsonc names no D1 database with the binding DB");
  const d1Config = {
    name: config.name,
    ...(options.main ? { main: options.main } : {}),
    compatibility_date: config.compatibility_date,
    ...(config.account_id ? { account_id: config.account_id } : {}),
    d1_databases: [
      {
        binding: "DB",
        database_name: database.database_name,
        database_id: database.database_id,
        ...(options.remote ? { remote: true } : {}),
      },
    ],
  };
  const path = join(folder, "wrangler.json");
  await writeFile(path, JSON.stringify(d1Config, null, 2));
  return { path, database: `${database.database_name} (${database.database_id})` };
}

export async function openRemoteImportD1(): Promise<ImportD1> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-import-remote-"));
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  try {
    const config = await writeD1Config(folder, { remote: true });
    const proxy = await getPlatformProxy<Env>({ configPath: config.path, envFiles: [], persist: false });
    const dispose = async () => {
      await proxy.dispose();
      await removeFolder();
    };
    const pending = await listPendingMigrations(proxy.env);
    if (pending.length > 0) {
      await dispose();
      throw new Error(
        `the remote D1 lacks ${pending.length} migration(s) (${pending.join(", ")}): ` +
          "run `npm run deploy` or `npx wrangler d1 migrations apply DB --remote` first",
      );
    }
    return { db: drizzle(proxy.env.DB, { schema }), where: `remote D1 ${config.database}`, dispose };
  } catch (error) {
    await removeFolder();
    throw error;
  }
}
