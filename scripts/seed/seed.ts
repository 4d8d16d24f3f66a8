/**
 * Seeds a local D1 with a year of demo traffic for the catalog's posts: syncs the catalog,
 * then day by day generates the events, writes them, rolls the day up with the cron's own
 * rollUpDay and, for days past the retention window, purges the raw events as the cron
 * would. Roll-ups therefore cover all 365 days, raw events only the last RAW_RETENTION_DAYS.
 */

import { syncCatalog } from "../../functions/analytics/catalog.ts";
import { rollUpDay } from "../../functions/analytics/rollups.ts";
import type { Database } from "../../functions/env.ts";
import type { Catalog } from "../../functions/schemas/catalog.ts";
import { addDays, utcDay } from "../../shared/utc-day.ts";
import { createRandom, hashString } from "../lib/random.ts";
import { createCommentIds } from "./comments.ts";
import { type DayEvents, generateDay } from "./day-events.ts";
import { lastCommentId } from "./existing-data.ts";
import { buildDemoPages } from "./pages.ts";
import { planYear, shareViews } from "./traffic-model.ts";
import { purgeRawEvents, writeDayEvents } from "./write.ts";

export interface SeedOptions {
  views: number;
  seed: number;
  now: Date;
  retentionDays: number;
  /** Called after each day with the pageviews written so far. */
  onProgress?: (written: number, day: string) => void;
}

export interface SeedReport {
  days: number;
  pageviews: number;
  goals: number;
  outbound: number;
  comments: number;
  botHits: number;
  /** Milliseconds spent generating rows, writing them, rolling up and purging. */
  phases: { generate: number; write: number; rollUp: number; purge: number };
}

const yearDays = 365;

/** The day's salt, made from the run's seed and never stored: the demo needs no salt after the fact. */
async function demoSalt(seed: number, day: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`resonanz-demo\n${seed}\n${day}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Share of a day's traffic that has happened by `now`, roughly (readers are awake in the day). */
function elapsedShare(now: Date): number {
  const hours = now.getUTCHours() + now.getUTCMinutes() / 60;
  return Math.min(1, Math.max(0.02, (hours - 4) / 19));
}

async function timed<T>(phases: SeedReport["phases"], phase: keyof SeedReport["phases"], work: () => Promise<T>) {
  const started = performance.now();
  const result = await work();
  phases[phase] += performance.now() - started;
  return result;
}

function tally(report: SeedReport, events: DayEvents): void {
  report.pageviews += events.pageviews.length;
  report.goals += events.goals.length;
  report.outbound += events.outbound.length;
  report.comments += events.comments.length;
  report.botHits += events.botHits;
}

export async function seedDemo(db: Database, catalog: Catalog, options: SeedOptions): Promise<SeedReport> {
  const today = utcDay(options.now);
  const firstDay = addDays(today, -(yearDays - 1));
  const cutoff = addDays(today, -options.retentionDays);
  await syncCatalog(db, catalog, options.now);
  const pages = buildDemoPages(catalog, options.seed, firstDay);
  const plans = planYear(pages, firstDay, today, options.seed);
  const quotas = shareViews(plans, options.views, elapsedShare(options.now));
  const commentIds = createCommentIds(await lastCommentId(db));
  const report: SeedReport = {
    days: plans.length,
    pageviews: 0,
    goals: 0,
    outbound: 0,
    comments: 0,
    botHits: 0,
    phases: { generate: 0, write: 0, rollUp: 0, purge: 0 },
  };
  for (const [index, plan] of plans.entries()) {
    const context = {
      random: createRandom(options.seed ^ hashString(`traffic ${plan.day}`)),
      salt: await demoSalt(options.seed, plan.day),
      nowMs: options.now.getTime(),
      pages,
      commentIds,
    };
    const events = await timed(report.phases, "generate", () => generateDay(plan, quotas[index] ?? 0, context));
    await timed(report.phases, "write", () => writeDayEvents(db, events));
    await timed(report.phases, "rollUp", () => rollUpDay(db, plan.day));
    // Purging every ten days keeps the file near its final size without a purge per day.
    const purgeDue = plan.day < cutoff && (index % 10 === 9 || addDays(plan.day, 1) >= cutoff);
    if (purgeDue) await timed(report.phases, "purge", () => purgeRawEvents(db, cutoff));
    tally(report, events);
    options.onProgress?.(report.pageviews, plan.day);
  }
  return report;
}
