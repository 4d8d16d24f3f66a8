/** Prints the dashboard benchmark's figures as plain-text tables, the form docs/benchmarks.md quotes. */
import type { SeedReport } from "../seed/seed.ts";
import type { DashboardTimings } from "./dashboard-measure.ts";
import { printTable } from "./text-table.ts";

export interface SizeResult {
  views: number;
  period: { from: string; to: string };
  timings: DashboardTimings;
  rows: Map<string, number>;
  bytes: number;
  seed: SeedReport;
  /** Seconds per phase: opening the D1 (with migrations), seeding, measuring. */
  seconds: { open: number; seed: number; measure: number };
}

interface RunFacts {
  runs: number;
  warmups: number;
  cores: number;
  loadBefore: number;
  loadAfter: number;
  totalSeconds: number;
}

const count = (value: number) => value.toLocaleString("en-US");
const ms = (value: number) => value.toFixed(1);
const seconds = (value: number) => `${value.toFixed(1)} s`;

function printTimings(results: readonly SizeResult[]): void {
  printTable(
    [
      "pageviews",
      "rankTopics p50",
      "p95",
      "findings+ranking p50",
      "p95",
      "SQL in D1 p50",
      "p95",
      "proxy floor p50",
      "p95",
      "DB file",
    ],
    results.map(({ views, timings, bytes }) => [
      count(views),
      ms(timings.rankTopics.p50),
      ms(timings.rankTopics.p95),
      ms(timings.findingsAndRanking.p50),
      ms(timings.findingsAndRanking.p95),
      ms(timings.sqlInD1.p50),
      ms(timings.sqlInD1.p95),
      ms(timings.proxyFloor.p50),
      ms(timings.proxyFloor.p95),
      `${(bytes / 1_000_000).toFixed(1)} MB`,
    ]),
  );
}

function printRows(results: readonly SizeResult[]): void {
  const tables = [...new Set(results.flatMap((result) => [...result.rows.keys()]))].sort();
  printTable(
    ["table", ...results.map((result) => count(result.views))],
    tables.map((table) => [table, ...results.map((result) => count(result.rows.get(table) ?? 0))]),
  );
}

function printPhases(results: readonly SizeResult[]): void {
  printTable(
    ["pageviews", "open+migrate", "seed", "generate", "write", "roll-ups", "purge", "measure"],
    results.map(({ views, seconds: phase, seed }) => [
      count(views),
      seconds(phase.open),
      seconds(phase.seed),
      seconds(seed.phases.generate / 1000),
      seconds(seed.phases.write / 1000),
      seconds(seed.phases.rollUp / 1000),
      seconds(seed.phases.purge / 1000),
      seconds(phase.measure),
    ]),
  );
}

export function printDashboardReport(results: readonly SizeResult[], facts: RunFacts): void {
  const [first] = results;
  console.log(`\nResonanz dashboard benchmark, ${new Date().toISOString()}`);
  console.log(
    `${facts.cores} CPU cores, 1-minute load average ${facts.loadBefore.toFixed(2)} before, ${facts.loadAfter.toFixed(2)} after`,
  );
  if (first) {
    console.log(
      `rankTopics for ${first.period.from}..${first.period.to} (90 days, ${first.timings.topics} topics), real local D1 ` +
        `through getPlatformProxy; ${facts.runs} runs after ${facts.warmups} warm-ups, milliseconds.`,
    );
  }
  console.log(
    "SQL in D1: the same three statements' meta.duration, summed. Proxy floor: three `SELECT 1` the same way.\n",
  );
  printTimings(results);
  console.log("\nRows per table (raw events: the last RAW_RETENTION_DAYS only; roll-ups: all 365 days)\n");
  printRows(results);
  console.log("\nTime per phase\n");
  printPhases(results);
  console.log(`\nTotal ${seconds(facts.totalSeconds)}`);
}
