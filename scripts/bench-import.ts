/**
 * `npm run bench:import [-- --lines 100000] [--days 30]`: the import's rate in events per
 * second. Writes a synthetic file (scripts/bench/import-file.ts), imports it into a throwaway
 * local D1 with the command's own code, then imports it again (every event a duplicate), and
 * checks that D1 holds each generated event once. Exits 1 when a check fails.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { utcDay } from "../shared/utc-day.ts";
import { writeImportFile } from "./bench/import-file.ts";
import { openLocalImportD1 } from "./import/open-d1.ts";
import { printSummary } from "./import/print-report.ts";
import { eventsPerSecond, type ImportReport } from "./import/report.ts";
import { importHistory } from "./import/run-import.ts";
import { loadSitePages } from "./import/site-pages.ts";

const usage = "usage: npm run bench:import [-- --lines 100000] [--days 30]";

function readOptions(): { lines: number; days: number } | undefined {
  try {
    const { values } = parseArgs({
      options: { lines: { type: "string", default: "100000" }, days: { type: "string", default: "30" } },
    });
    const lines = Number(values.lines);
    const days = Number(values.days);
    const valid = Number.isInteger(lines) && lines >= 10 && Number.isInteger(days) && days >= 1 && days <= 3650;
    return valid ? { lines, days } : undefined;
  } catch {
    return undefined;
  }
}

function row(label: string, report: ImportReport): string {
  const stored = Object.values(report.stored).reduce((sum, count) => sum + count, 0);
  const duplicates = Object.values(report.duplicates).reduce((sum, count) => sum + count, 0);
  const { read, write, rollUp } = report.phases;
  const seconds = (read + write + rollUp) / 1000;
  const cells = [
    label,
    stored.toLocaleString("en-US"),
    duplicates.toLocaleString("en-US"),
    (read / 1000).toFixed(1),
    (write / 1000).toFixed(1),
    (rollUp / 1000).toFixed(1),
  ];
  return `| ${cells.join(" | ")} | ${seconds.toFixed(1)} | **${Math.round(eventsPerSecond(report)).toLocaleString("en-US")}** |`;
}

async function countStored(persistTo: string) {
  const d1 = await openLocalImportD1(persistTo);
  try {
    const count = async (query: string) => (await d1.db.$client.prepare(query).first<{ n: number }>())?.n ?? 0;
    return {
      pageviews: await count("SELECT count(*) AS n FROM pageviews"),
      rolledUpViews: await count("SELECT coalesce(sum(views), 0) AS n FROM daily_site_stats"),
      goals: await count("SELECT count(*) AS n FROM goal_events"),
      outbound: await count("SELECT count(*) AS n FROM outbound_clicks"),
      comments: await count("SELECT count(*) AS n FROM comments"),
    };
  } finally {
    await d1.dispose();
  }
}

async function importOnce(persistTo: string, file: string, now: Date): Promise<ImportReport> {
  const started = performance.now();
  const d1 = await openLocalImportD1(persistTo);
  const opened = performance.now() - started;
  try {
    const report = await importHistory(d1.db, { file, now });
    report.phases.open = opened;
    return report;
  } finally {
    await d1.dispose();
  }
}

async function bench(options: { lines: number; days: number }): Promise<boolean> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-bench-import-"));
  try {
    const now = new Date();
    const file = join(folder, "history.ndjson");
    const { catalog } = await loadSitePages(utcDay(now));
    const wrote = await writeImportFile(file, catalog, { targetLines: options.lines, days: options.days, now });
    console.error(
      `wrote ${wrote.lines.toLocaleString("en-US")} lines (${((await stat(file)).size / 1e6).toFixed(1)} MB)`,
    );
    const persistTo = join(folder, "state");
    const first = await importOnce(persistTo, file, now);
    printSummary(first);
    const again = await importOnce(persistTo, file, now);
    printSummary(again);
    const stored = await countStored(persistTo);
    console.log(
      `\n${wrote.lines.toLocaleString("en-US")} lines over ${wrote.days} days; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores\n`,
    );
    console.log("| run | stored | duplicates | read s | write s | roll-ups s | total s | events/s |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    console.log(row("first import", first));
    console.log(row("same file again", again));
    const checks: [string, boolean][] = [
      ["no bad line", first.bad.length === 0],
      ["every pageview stored once", stored.pageviews === wrote.pageviews],
      ["every pageview rolled up once", stored.rolledUpViews === wrote.pageviews],
      [
        "goals, outbound clicks and comments stored once",
        stored.goals === wrote.goals && stored.outbound === wrote.outbound && stored.comments === wrote.comments,
      ],
      ["the second import stored nothing", Object.values(again.stored).every((count) => count === 0)],
    ];
    console.log("");
    for (const [name, passed] of checks) console.log(`${passed ? "PASS" : "FAIL"} ${name}`);
    return checks.every(([, passed]) => passed);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const options = readOptions();
if (!options) {
  console.error(usage);
  process.exitCode = 2;
} else if (!(await bench(options))) process.exitCode = 1;
