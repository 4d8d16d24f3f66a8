/**
 * Run by `npm run dev` before `astro dev`, so that a fresh clone shows a living dashboard:
 * writes `.dev.vars` with random secrets when it is missing (and prints the password this
 * once), then starts the first-run demo seed in the background (`db:seed-demo -- --first-run`),
 * which fills an empty local D1 while Astro starts. `npm run preview` and `npm run deploy` never
 * run this: they never write secrets or demo data.
 */
import { spawn } from "node:child_process";
import { dashboardPath } from "../shared/urls.ts";
import { createDevVarsIfMissing } from "./lib/dev-vars.ts";

/** `astro dev`'s default port; with `npm run dev -- --port N` Astro prints the address it serves. */
const dashboardUrl = `http://localhost:4321${dashboardPath}`;

const created = await createDevVarsIfMissing();
if (created) {
  console.log(
    [
      "",
      "  Wrote .dev.vars with random secrets for this machine (it is never committed).",
      `  Dashboard:  ${dashboardUrl}`,
      `  Password:   ${created.AUTHOR_PASSWORD}`,
      "  (shown once; it stays in .dev.vars, where AUTHOR_API_TOKEN is too)",
      "",
    ].join("\n"),
  );
}

// Not detached: the seed stays in dev's process group, so Ctrl-C (or killing the group) ends it
// too. unref: `astro dev` starts now, not after the seed.
const seed = spawn("tsx", ["scripts/seed-demo.ts", "--first-run"], { stdio: "inherit" });
seed.on("error", (error) => console.error(`[demo data] could not start the seed: ${error.message}`));
seed.unref();
