/**
 * Starts history-worker.ts under wrangler (workerd, as the site runs) beside the D1 the import
 * writes to, and sends it the comments in batches. The D1 is opened once first as the
 * analytics import opens it, which applies pending local migrations or refuses a remote D1
 * that lacks some.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unstable_dev } from "wrangler";
import { openLocalImportD1, openRemoteImportD1, writeD1Config } from "../../import/open-d1.ts";
import type { ImportTarget } from "../../import/options.ts";
import { stateFolder } from "../../lib/local-d1-proxy.ts";
import { type HistoryEntry, type HistoryOutcome, historyAnswerSchema, knownAnswerSchema } from "./history-batch.ts";

export type D1Target = Exclude<ImportTarget, { kind: "none" }>;

export interface HistoryWorker {
  /** Where the comments go, for the report. */
  where: string;
  store(entries: readonly HistoryEntry[]): Promise<HistoryOutcome[]>;
  /** The ids here of the comments (by WordPress id) an earlier import stored. */
  findKnown(wordpressIds: readonly number[]): Promise<Map<number, number>>;
  /** Replaces the posts table with the site's catalog, so that comments find their posts. */
  syncCatalog(catalog: unknown): Promise<void>;
  stop(): Promise<void>;
}

const workerScript = fileURLToPath(new URL("./history-worker.ts", import.meta.url));

async function checkDatabase(target: D1Target): Promise<string> {
  const opened = target.kind === "local" ? await openLocalImportD1(target.persistTo) : await openRemoteImportD1();
  await opened.dispose();
  return opened.where;
}

export async function startHistoryWorker(target: D1Target): Promise<HistoryWorker> {
  const where = await checkDatabase(target);
  const folder = await mkdtemp(join(tmpdir(), "resonanz-wordpress-"));
  try {
    const config = await writeD1Config(folder, { remote: target.kind === "remote", main: workerScript });
    const worker = await unstable_dev(workerScript, {
      config: config.path,
      ...(target.kind === "local" ? { persistTo: stateFolder(target.persistTo), local: true } : {}),
      logLevel: "error",
      experimental: { disableExperimentalWarning: true },
    });
    const post = async (path: string, body: unknown) => {
      const response = await worker.fetch(path, { method: "POST", body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`the history Worker answered ${response.status}: ${await response.text()}`);
      return response.json();
    };
    return {
      where,
      store: async (entries) => historyAnswerSchema.parse(await post("/comments", { entries })).outcomes,
      findKnown: async (wordpressIds) => {
        const { known } = knownAnswerSchema.parse(await post("/known", { wordpressIds }));
        return new Map(known.map((entry) => [entry.wordpressId, entry.id]));
      },
      syncCatalog: async (catalog) => {
        await post("/catalog", catalog);
      },
      stop: async () => {
        await worker.stop();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
