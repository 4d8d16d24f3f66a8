/** How the load scenarios (npm run bench:load) report: figures per scenario, then one PASS/FAIL line per invariant. */
import { printTable } from "./text-table.ts";

export interface LoadFigures {
  name: string;
  requests: number;
  ok: number;
  /** Answers the scenario expects besides 2xx (429 for comments); everything else is in `other`. */
  refused: number;
  other: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
}

export interface Invariant {
  name: string;
  holds: boolean;
  detail: string;
}

/** The nearest-rank percentile of `values` (any order); NaN when there are none. */
export function percentile(values: readonly number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

export function printFigures(figures: readonly LoadFigures[]): void {
  printTable(
    ["scenario", "requests", "2xx", "429", "other", "seconds", "req/s", "p50 ms", "p99 ms", "max ms"],
    figures.map((row) => [
      row.name,
      formatCount(row.requests),
      formatCount(row.ok),
      formatCount(row.refused),
      formatCount(row.other),
      row.seconds.toFixed(1),
      (row.requests / row.seconds).toFixed(0),
      row.p50.toFixed(0),
      row.p99.toFixed(0),
      row.max.toFixed(0),
    ]),
  );
}

/** Prints one line per invariant; whether all of them hold. */
export function printInvariants(invariants: readonly Invariant[]): boolean {
  for (const invariant of invariants) {
    console.log(`${invariant.holds ? "PASS" : "FAIL"}  ${invariant.name}: ${invariant.detail}`);
  }
  return invariants.every((invariant) => invariant.holds);
}
