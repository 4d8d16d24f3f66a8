/**
 * `npm run import:wordpress -- --file export.xml [--media download|keep] [--persist-to DIR |
 * --remote] [--dry-run] [--report FILE]`: moves a WordPress blog in (scripts/wordpress/).
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
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

const command = readCommand(process.argv.slice(2));
if (command === "help") console.log(usage);
else if ("error" in command) {
  console.error(`${command.error}\n\n${usage}`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await run(command);
  } catch (error) {
    // A malformed export names its line and column; nothing has been written then.
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
