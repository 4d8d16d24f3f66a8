/** Reduces one or more Lighthouse results for a page to median category scores and the audits to fix. */
import type { Result } from "lighthouse";

export const categoryIds: readonly string[] = ["performance", "accessibility", "best-practices", "seo"];

/** Where an audit counts: a weight of 0 means it is shown but does not move the category score. */
export interface CategoryRef {
  categoryId: string;
  weight: number;
}

export interface FailingAudit {
  id: string;
  title: string;
  /** Median score over the runs, 0 to 1. */
  score: number;
  displayValue: string | undefined;
  categories: CategoryRef[];
}

export interface ErroredAudit {
  id: string;
  title: string;
  message: string;
}

export interface RunEnvironment {
  lighthouseVersion: string;
  browser: string;
  /** Lighthouse's measure of this machine's CPU speed; compare figures only between similar values. */
  benchmarkIndex: number;
}

export interface PageAudit {
  path: string;
  environment: RunEnvironment;
  runs: number;
  /** Median category score ×100 by category id; null when Lighthouse could not score it. */
  scores: Map<string, number | null>;
  failing: FailingAudit[];
  errored: ErroredAudit[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

function medianCategoryScore(results: readonly Result[], categoryId: string): number | null {
  const scores = results.flatMap((result) => result.categories[categoryId]?.score ?? []);
  return scores.length === 0 ? null : Math.round(median(scores) * 100);
}

function findCategoryRefs(result: Result, auditId: string): CategoryRef[] {
  return categoryIds.flatMap((categoryId) => {
    const ref = result.categories[categoryId]?.auditRefs.find((auditRef) => auditRef.id === auditId);
    return ref === undefined ? [] : [{ categoryId, weight: ref.weight }];
  });
}

function findFailingAudit(results: readonly Result[], auditId: string): FailingAudit | undefined {
  const runs = results.flatMap((result) => {
    const audit = result.audits[auditId];
    return audit === undefined || audit.score === null ? [] : [{ result, audit, score: audit.score }];
  });
  if (runs.length === 0) return undefined;
  const score = median(runs.map((run) => run.score));
  if (score >= 1) return undefined;
  // Titles and display values differ between passing and failing runs: show the run nearest the median.
  const [nearest] = [...runs].sort((a, b) => Math.abs(a.score - score) - Math.abs(b.score - score));
  if (nearest === undefined) return undefined;
  return {
    id: auditId,
    title: nearest.audit.title,
    score,
    displayValue: nearest.audit.displayValue,
    categories: findCategoryRefs(nearest.result, auditId),
  };
}

function findErroredAudits(results: readonly Result[]): ErroredAudit[] {
  const errored = new Map<string, ErroredAudit>();
  for (const result of results) {
    for (const audit of Object.values(result.audits)) {
      if (audit.scoreDisplayMode !== "error" || errored.has(audit.id)) continue;
      errored.set(audit.id, { id: audit.id, title: audit.title, message: audit.errorMessage ?? "no message" });
    }
  }
  return [...errored.values()];
}

function describeEnvironment(result: Result): RunEnvironment {
  const { hostUserAgent, benchmarkIndex } = result.environment;
  return {
    lighthouseVersion: result.lighthouseVersion,
    browser: hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? hostUserAgent,
    benchmarkIndex,
  };
}

export function summarizeRuns(path: string, results: readonly Result[]): PageAudit {
  const [first] = results;
  if (first === undefined) throw new Error(`No Lighthouse result for ${path}`);
  const auditIds = [...new Set(results.flatMap((result) => Object.keys(result.audits)))];
  const failing = auditIds.flatMap((id) => findFailingAudit(results, id) ?? []);
  failing.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return {
    path,
    environment: describeEnvironment(first),
    runs: results.length,
    scores: new Map(categoryIds.map((id) => [id, medianCategoryScore(results, id)])),
    failing,
    errored: findErroredAudits(results),
  };
}
