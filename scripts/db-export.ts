/**
 * `npm run db:export [-- --remote] [-- --output FILE]`: a complete SQL dump (schema and
 * data) of the local D1 that `npm run dev` uses, or of the deployed one with --remote.
 * Restore into an empty database with `npx wrangler d1 execute DB --local --file FILE`
 * (or --remote); see README "Back up and restore".
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { remote: { type: "boolean", default: false }, output: { type: "string" } },
  strict: true,
});
const where = values.remote ? "remote" : "local";
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const output = values.output ?? `backups/resonanz-${where}-${stamp}.sql`;
mkdirSync(dirname(output), { recursive: true });

const result = spawnSync("wrangler", ["d1", "export", "DB", `--${where}`, "--output", output, "--skip-confirmation"], {
  stdio: ["ignore", "inherit", "inherit"],
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`Wrote ${output}`);
