/**
 * Timings for the dashboard benchmark: rankTopics end to end through getPlatformProxy, the
 * same queries' own SQL time inside D1 (meta.duration), and the proxy's cost for three
 * trivial queries, so that the figures can be told apart from the Node↔workerd bridge.
 */
import { type SQL, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import { readDecisions } from "../../functions/queries/findings.ts";
import type { Period } from "../../functions/queries/period.ts";
import { rankTopics } from "../../functions/queries/traction.ts";
import { addDays, dayMs, dayStartMs } from "../../shared/utc-day.ts";

export interface Percentiles {
  p50: number;
  p95: number;
}

export interface DashboardTimings {
  rankTopics: Percentiles;
  /** The ranking and the findings together, as the dashboard reads them. */
  findingsAndRanking: Percentiles;
  sqlInD1: Percentiles;
  proxyFloor: Percentiles;
  topics: number;
}

/** Nearest-rank percentile. */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

function summarize(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function sample(runs: number, warmups: number, work: () => Promise<number | undefined>): Promise<number[]> {
  for (let run = 0; run < warmups; run++) await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const reported = await work();
    samples.push(reported ?? performance.now() - started);
  }
  return samples;
}

/** Noon of the day after the period: every day of it is complete. */
function dayAfter(period: Period): Date {
  return new Date(dayStartMs(addDays(period.to, 1)) + dayMs / 2);
}

interface LoggedQuery {
  query: string;
  params: unknown[];
}

/** The statements rankTopics sends, recorded by a drizzle logger on a second client. */
async function recordQueries(d1: D1Database, period: Period): Promise<LoggedQuery[]> {
  const logged: LoggedQuery[] = [];
  const recorder = drizzle(d1, { schema, logger: { logQuery: (query, params) => logged.push({ query, params }) } });
  await rankTopics(recorder, period, dayAfter(period));
  return logged;
}

/** D1's own time for the statements, summed: what a Worker next to D1 would wait, less the network. */
async function timeInD1(d1: D1Database, queries: readonly LoggedQuery[]): Promise<number> {
  const results = await Promise.all(
    queries.map(({ query, params }) =>
      d1
        .prepare(query)
        .bind(...params)
        .all(),
    ),
  );
  return results.reduce((total, result) => total + result.meta.duration, 0);
}

export async function measureDashboard(
  db: Database,
  d1: D1Database,
  period: Period,
  runs: number,
  warmups: number,
): Promise<DashboardTimings> {
  const ranked = await rankTopics(db, period, dayAfter(period));
  const rankSamples = await sample(runs, warmups, async () => {
    await rankTopics(db, period, dayAfter(period));
    return undefined;
  });
  const decisionSamples = await sample(runs, warmups, async () => {
    await readDecisions(db, period, dayAfter(period));
    return undefined;
  });
  const queries = await recordQueries(d1, period);
  const sqlSamples = await sample(runs, warmups, () => timeInD1(d1, queries));
  const trivial: SQL = sql`SELECT 1`;
  const floorSamples = await sample(runs, warmups, async () => {
    await Promise.all(queries.map(() => db.all(trivial)));
    return undefined;
  });
  return {
    rankTopics: summarize(rankSamples),
    findingsAndRanking: summarize(decisionSamples),
    sqlInD1: summarize(sqlSamples),
    proxyFloor: summarize(floorSamples),
    topics: ranked.length,
  };
}

/** Rows in every table of the database, D1's and SQLite's internal ones left out. */
export async function countRows(d1: D1Database): Promise<Map<string, number>> {
  const { results } = await d1
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
    )
    .all<{ name: string }>();
  const counts = new Map<string, number>();
  for (const { name } of results) {
    const row = await d1.prepare(`SELECT count(*) AS n FROM "${name}"`).first<{ n: number }>();
    counts.set(name, row?.n ?? 0);
  }
  return counts;
}
