/**
 * `npm run bench:dashboard [-- --views 100000,1000000] [--runs 30]`: how the dashboard's
 * topic ranking scales with traffic. For each size it seeds a throwaway local D1 with the
 * demo seeder (a year of traffic, raw events kept for the retention window, roll-ups for
 * every day), then times rankTopics for the last 90 days through getPlatformProxy.
 * The budget: p50 ≤ 50 ms at 1,000,000 pageviews, barely more than at 100,000.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readRetentionConfig } from "../functions/config.ts";
import { addDays, utcDay } from "../shared/utc-day.ts";
import { countRows, measureDashboard } from "./bench/dashboard-measure.ts";
import { printDashboardReport, type SizeResult } from "./bench/dashboard-report.ts";
import { loadCatalog } from "./seed/catalog.ts";
import { measureDatabaseBytes, openLocalD1 } from "./seed/local-d1.ts";
import { seedDemo } from "./seed/seed.ts";

const usage = "usage: npm run bench:dashboard [-- --views 100000,1000000] [--runs 30]";
const warmups = 3;

function readOptions(): { sizes: number[]; runs: number } | undefined {
  try {
    const { values } = parseArgs({
      options: { views: { type: "string", default: "100000,1000000" }, runs: { type: "string", default: "30" } },
    });
    const sizes = values.views.split(",").map(Number);
    const runs = Number(values.runs);
    const valid = sizes.every((size) => Number.isInteger(size) && size >= 1) && Number.isInteger(runs) && runs >= 1;
    return valid ? { sizes, runs } : undefined;
  } catch {
    return undefined;
  }
}

function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}

async function seedAndMeasure(persistTo: string, views: number, runs: number, now: Date) {
  let started = performance.now();
  const local = await openLocalD1(persistTo);
  const open = secondsSince(started);
  try {
    const today = utcDay(now);
    const { catalog } = await loadCatalog(today);
    started = performance.now();
    let nextReport = views / 4;
    const seed = await seedDemo(local.db, catalog, {
      views,
      seed: 1,
      now,
      retentionDays: readRetentionConfig({ ...local.env }).retentionDays,
      onProgress(written) {
        if (written < nextReport) return;
        nextReport += views / 4;
        console.error(`  ${written.toLocaleString("en-US")} pageviews seeded, ${secondsSince(started).toFixed(0)} s`);
      },
    });
    const seeded = secondsSince(started);
    started = performance.now();
    const period = { from: addDays(today, -89), to: today };
    const timings = await measureDashboard(local.db, local.env.DB, period, runs, warmups);
    const rows = await countRows(local.env.DB);
    return { views, period, timings, rows, seed, seconds: { open, seed: seeded, measure: secondsSince(started) } };
  } finally {
    await local.dispose();
  }
}

async function benchSize(views: number, runs: number, now: Date): Promise<SizeResult> {
  const persistTo = await mkdtemp(join(tmpdir(), "resonanz-bench-d1-"));
  try {
    console.error(`${views.toLocaleString("en-US")} pageviews: seeding a throwaway D1 in ${persistTo}`);
    const result = await seedAndMeasure(persistTo, views, runs, now);
    // Measured with workerd stopped, so that SQLite has folded its write-ahead log into the file.
    return { ...result, bytes: await measureDatabaseBytes(persistTo) };
  } finally {
    await rm(persistTo, { recursive: true, force: true });
  }
}

const options = readOptions();
if (options === undefined) {
  console.error(usage);
  process.exitCode = 1;
} else {
  const started = performance.now();
  const [loadBefore = 0] = loadavg();
  const now = new Date();
  const results: SizeResult[] = [];
  for (const views of options.sizes) results.push(await benchSize(views, options.runs, now));
  printDashboardReport(results, {
    runs: options.runs,
    warmups,
    cores: availableParallelism(),
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
    totalSeconds: secondsSince(started),
  });
}
