/**
 * The author's choice of an empty local D1 (`npm run db:seed-demo -- --empty`), kept beside the
 * D1 in wrangler's state folder, so that `npm run dev` does not fill it with demo data again and
 * deleting `.wrangler/` forgets it together with the data.
 */
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stateFolder } from "../lib/local-d1-proxy.ts";

function markerFile(persistTo: string | undefined): string {
  return join(stateFolder(persistTo), "resonanz-no-demo-data");
}

export function choseEmpty(persistTo: string | undefined): boolean {
  return existsSync(markerFile(persistTo));
}

export async function rememberEmpty(persistTo: string | undefined): Promise<void> {
  await writeFile(markerFile(persistTo), "npm run db:seed-demo -- --empty: npm run dev seeds no demo data here.\n");
}

export async function forgetEmpty(persistTo: string | undefined): Promise<void> {
  await rm(markerFile(persistTo), { force: true });
}
