/**
 * `npm run preview -- [wrangler dev flags]`: applies the D1 migrations to the
 * local database, then serves the built site and the API with `wrangler dev`.
 * `--persist-to DIR` is honoured by both steps, so tests can use a throwaway database.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

const devArgs = process.argv.slice(2);
const { values } = parseArgs({
  args: devArgs,
  options: { "persist-to": { type: "string" } },
  strict: false,
  allowPositionals: true,
});
const persistTo = values["persist-to"];
const persistArgs = typeof persistTo === "string" ? ["--persist-to", persistTo] : [];

if (!existsSync(".wrangler/deploy/config.json") || !existsSync("dist/server/entry.mjs")) {
  console.error("No build found. Run `npm run build` first, then `npm run preview`.");
  process.exit(1);
}

// Without a terminal on stdin, wrangler applies migrations without asking.
const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", ...persistArgs], {
  stdio: ["ignore", "inherit", "inherit"],
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const server = spawn("wrangler", ["dev", "--show-interactive-dev-session=false", ...devArgs], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
