/**
 * `npm run test:visual [-- --update]`: builds, then runs the screenshot comparison alone.
 * With `--update`, every screenshot replaces its committed baseline in
 * tests/e2e/visual-baselines/; look at the new images before committing them.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { update: { type: "boolean", default: false } } });
const run = spawnSync("vitest", ["run", "--project", "e2e", "tests/e2e/visual.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, ...(values.update ? { RESONANZ_UPDATE_BASELINES: "1" } : {}) },
});
process.exit(run.status ?? 1);
