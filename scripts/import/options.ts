/** The command line of `npm run analytics:import`. */
import { parseArgs } from "node:util";

export const usage = `usage: npm run analytics:import -- --file FILE [--persist-to DIR | --remote] [--dry-run]

Imports historical analytics events and comments from FILE, newline-delimited JSON with one
event per line in the wire format of POST /api/event plus "at" (ISO 8601 UTC, required),
"visitor", "country", "device" and "browser" (optional), or a comment line
{"type":"comment","at":…,"post":"<slug>","pageId":…,"name":…,"text":…,"status":"approved|pending|spam"}.
Every line goes through the collector's own row builders; afterwards each day the file
touched is rolled up as the cron does it. Importing the same file again stores nothing new.

  --file FILE       the file to import (required)
  --persist-to DIR  the local D1 under DIR, as for wrangler --persist-to (default .wrangler/state)
  --remote          the deployed D1 named in wrangler.jsonc, through wrangler's remote bindings
                    (needs \`npx wrangler login\` and the remote migrations applied)
  --dry-run         check every line and report, without opening or writing any database
  --help            this text

Bad lines are reported on stderr as "line N: problem" and nothing of them is stored; the
other lines are imported. Exit status: 0 when every line was valid, 1 when any line was bad
or the import failed, 2 for a usage error. See docs/api.md, "Importing history".`;

/** Where an import writes: a local D1, the deployed one, or none (a dry run). */
export type ImportTarget = { kind: "local"; persistTo: string | undefined } | { kind: "remote" } | { kind: "none" };

export interface ImportCommand {
  file: string;
  target: ImportTarget;
}

/** The target that `--dry-run`, `--remote` and `--persist-to DIR` name, or the error of naming two. */
export function readImportTarget(values: {
  "dry-run": boolean;
  remote: boolean;
  "persist-to"?: string | undefined;
}): ImportTarget | { error: string } {
  const persistTo = values["persist-to"];
  if (values.remote && persistTo !== undefined) return { error: "--remote and --persist-to exclude each other" };
  if (values["dry-run"]) return { kind: "none" };
  if (values.remote) return { kind: "remote" };
  return { kind: "local", persistTo };
}

export type ReadCommand = ImportCommand | "help" | { error: string };

export function readCommand(args: string[]): ReadCommand {
  try {
    const { values } = parseArgs({
      args,
      options: {
        file: { type: "string" },
        "persist-to": { type: "string" },
        remote: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return "help";
    if (!values.file) return { error: "--file is required" };
    const target = readImportTarget(values);
    return "error" in target ? target : { file: values.file, target };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
