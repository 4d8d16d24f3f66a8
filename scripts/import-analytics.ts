/**
 * `npm run analytics:import -- --file F [--persist-to DIR | --remote] [--dry-run]`: imports
 * historical events (newline-delimited JSON) through the collector's own row builders and
 * rolls up every day touched. Authors use it to move in; tests use it to build data whose
 * truth is known. The format is in docs/api.md, "Importing history".
 */
import { existsSync } from "node:fs";
import { type ImportD1, openLocalImportD1, openRemoteImportD1 } from "./import/open-d1.ts";
import { type ImportCommand, readCommand, usage } from "./import/options.ts";
import { printLineReports, printSummary } from "./import/print-report.ts";
import { importHistory } from "./import/run-import.ts";
import { runCommand } from "./lib/run-command.ts";

async function open(target: ImportCommand["target"]): Promise<ImportD1 | null> {
  if (target.kind === "none") return null;
  return target.kind === "remote" ? openRemoteImportD1() : openLocalImportD1(target.persistTo);
}

async function run(command: ImportCommand): Promise<number> {
  if (!existsSync(command.file)) {
    console.error(`${command.file}: no such file\n\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const d1 = await open(command.target);
  const opened = performance.now() - started;
  try {
    console.error(d1 ? `importing ${command.file} into the ${d1.where}` : `checking ${command.file} (dry run)`);
    const report = await importHistory(d1?.db ?? null, {
      file: command.file,
      now: new Date(),
      log: (message) => console.error(message),
    });
    report.phases.open = opened;
    printLineReports(report);
    printSummary(report);
    return report.bad.length > 0 ? 1 : 0;
  } finally {
    await d1?.dispose();
  }
}

await runCommand(
  readCommand(process.argv.slice(2)),
  usage,
  run,
  "Every write of the import is idempotent: run the same command again to complete it.",
);
