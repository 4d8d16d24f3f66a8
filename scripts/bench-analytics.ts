/**
 * `npm run bench -- [--events N] [--concurrency C]`: the analytics figures of
 * docs/benchmarks.md. Needs a build. Loopback traffic only; the preview it starts runs
 * in its own process group and on a throwaway D1, both removed at the end.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { getHealth, type LoadResult, postPageviews } from "./bench/collector-load.ts";
import { startBenchPreview } from "./bench/preview.ts";
import { measureRowsWritten } from "./bench/rows-written.ts";
import { runTeardowns, runTeardownsOnSignals } from "./bench/teardown.ts";
import { measureTrackers } from "./bench/tracker-size.ts";
import { queryD1 } from "./lib/d1.ts";
import type { PreviewServer } from "./lib/preview-server.ts";

const timeLimitMs = 170_000;
const count = z.coerce.number().int().min(1).max(1_000_000);
const { values } = parseArgs({
  options: { events: { type: "string", default: "5000" }, concurrency: { type: "string", default: "20" } },
});
const events = count.parse(values.events);
const connections = count.parse(values.concurrency);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  console.log([line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n"));
}

function printTrackerSizes(): void {
  console.log("\n1. Tracker size in bytes (gzip level 9, brotli quality 11)\n");
  const sizes = measureTrackers();
  printTable(
    ["tracker", "raw", "gzip", "brotli", "file"],
    sizes.map((size) => [size.name, String(size.raw), String(size.gzip), String(size.brotli), size.file]),
  );
}

function loadRow(name: string, load: LoadResult, stored: string): string[] {
  const figures = [
    load.ok,
    load.failed,
    load.seconds.toFixed(1),
    load.perSecond.toFixed(0),
    load.p50,
    load.p99,
    load.max,
  ];
  return [name, ...figures.map(String), stored];
}

async function benchCollector(server: PreviewServer): Promise<void> {
  console.log(`\n2. Collector under load: ${events} requests, ${connections} connections, npm run preview\n`);
  const health = await getHealth({ url: server.url, events: Math.min(events, 1_000), connections });
  const load = await postPageviews({ url: server.url, events, connections });
  const [stored] = await queryD1(
    server.persistTo,
    "SELECT count(*) AS views, count(DISTINCT page_id) AS pages FROM pageviews",
    z.object({ views: z.number(), pages: z.number() }),
  );
  printTable(
    ["requests", "2xx", "failed", "seconds", "per second", "p50 ms", "p99 ms", "max ms", "pageviews in D1"],
    [
      loadRow("GET /api/health (baseline)", health, "-"),
      loadRow("POST /api/event pageview", load, String(stored?.views)),
    ],
  );
  if (load.ok !== events || stored?.views !== events || stored.pages !== events) {
    throw new Error(
      `Expected ${events} accepted and stored pageviews, got ${load.ok} accepted, ${stored?.views} stored`,
    );
  }
}

async function benchRowsWritten(server: PreviewServer): Promise<void> {
  console.log("\n3. D1 rows written per collector write (measured on the preview's D1)\n");
  const measured = await measureRowsWritten(server.url, "2000-01-01");
  printTable(
    ["write", "rows_written"],
    measured.map(({ name, rows }) => [name, String(rows)]),
  );
  const rowsOf = (key: string) => measured.find((write) => write.key === key)?.rows ?? Number.NaN;
  const pageview = rowsOf("pageview");
  console.log(
    `\nPer counted pageview: ${pageview} rows written, ${pageview + rowsOf("engagement")} with one engagement report` +
      ` (+${rowsOf("engagementAgain")} per further report). Roll-ups (cron) are not included.`,
  );
}

async function main(): Promise<void> {
  printTrackerSizes();
  runTeardownsOnSignals();
  const server = await startBenchPreview();
  const watchdog = setTimeout(() => {
    console.error(`\nThe bench took longer than ${timeLimitMs / 1000} s; stopping.`);
    void runTeardowns().finally(() => process.exit(1));
  }, timeLimitMs);
  try {
    await benchCollector(server);
    await benchRowsWritten(server);
  } finally {
    clearTimeout(watchdog);
    await runTeardowns();
  }
}

await main();
