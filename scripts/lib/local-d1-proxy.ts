/**
 * A local D1 as wrangler keeps it (`.wrangler/state`, or the folder given to wrangler's
 * `--persist-to`), opened from Node through getPlatformProxy: the same workerd and SQLite
 * file as `npm run dev` and `npm run preview`, no mock. Scripts and tests both open it here.
 */
import { join, resolve } from "node:path";
import { getPlatformProxy, type PlatformProxy } from "wrangler";

/** Where wrangler keeps local state: `--persist-to DIR`, or `.wrangler/state` as `npm run dev` does. */
export function stateFolder(persistTo: string | undefined): string {
  return resolve(persistTo ?? ".wrangler/state");
}

/** The bindings of wrangler.jsonc over the local state in `persistTo`; dispose() ends its workerd. */
export function startLocalProxy(persistTo: string | undefined): Promise<PlatformProxy<Env>> {
  // getPlatformProxy's persist path is the `v3` folder that wrangler's --persist-to adds itself.
  return getPlatformProxy<Env>({ persist: { path: join(stateFolder(persistTo), "v3") }, remoteBindings: false });
}
