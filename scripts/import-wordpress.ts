/**
 * `npm run import:wordpress -- --file export.xml [--media download|keep] [--persist-to DIR |
 * --remote] [--dry-run] [--report FILE]`: moves a WordPress blog in (scripts/wordpress/).
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { runCommand } from "./lib/run-command.ts";
import { readCommand, usage, type WordPressCommand } from "./wordpress/options.ts";
import { formatReport } from "./wordpress/report.ts";
import { importWordPress } from "./wordpress/run-import.ts";

async function run(command: WordPressCommand): Promise<number> {
  if (!existsSync(command.file)) {
    console.error(`${command.file}: no such file\n\n${usage}`);
    return 2;
  }
  const report = await importWordPress(command, (message) => console.error(message));
  console.log(formatReport(report));
  if (command.report) await writeFile(command.report, `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

await runCommand(
  readCommand(process.argv.slice(2)),
  usage,
  run,
  "A malformed export names its line and column, and nothing was written. Otherwise run the same command again: it skips what is done.",
);
