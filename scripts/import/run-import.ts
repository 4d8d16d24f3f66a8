/**
 * Imports one file of historical events into D1 through the collector's own row builders,
 * then rolls up every day it touched with the cron's rollUpDay. Without a database (a dry
 * run) it does everything but write. Every write is idempotent, so a run that stopped half
 * way is completed by running it again.
 */
import { syncCatalog } from "../../functions/analytics/catalog.ts";
import { rollUpDay } from "../../functions/analytics/rollups.ts";
import { deleteOldSalts } from "../../functions/analytics/salts.ts";
import type { Database } from "../../functions/env.ts";
import { utcDay } from "../../shared/utc-day.ts";
import { findClosedDays } from "./closed-days.ts";
import { buildCommentRows } from "./comment-rows.ts";
import { insertComments, insertGoals, insertOutboundClicks, insertPageviews, raiseEngagement } from "./d1-writes.ts";
import { buildEngagementUpdates, buildGoalRows, buildOutboundRows } from "./event-rows.ts";
import { indexRows, loadPageviews, type PageviewReference } from "./pageview-lookup.ts";
import { buildPageviewRows, d1Salts, type PageviewRow, throwawaySalts } from "./pageview-rows.ts";
import { type Partitioned, partitionLines } from "./partition.ts";
import { readImportFile } from "./read-lines.ts";
import { emptyReport, type ImportReport } from "./report.ts";
import { dropBots, dropClosedDays, eventDays, noteUnknownPaths } from "./screen-lines.ts";
import { loadSitePages } from "./site-pages.ts";

export interface ImportOptions {
  file: string;
  /** Timestamps after it are bad; salts older than its day are deleted afterwards, as the cron does. */
  now: Date;
  log?: (message: string) => void;
}

function uniquePageviews(rows: readonly PageviewRow[], report: ImportReport): PageviewRow[] {
  const unique = new Map<string, PageviewRow>();
  for (const row of rows) {
    const key = `${row.day}\n${row.pageId}`;
    if (unique.has(key)) report.duplicates.pageview++;
    else unique.set(key, row);
  }
  return [...unique.values()];
}

function references(sorted: Partitioned): PageviewReference[] {
  const acts = [...sorted.engagement, ...sorted.goals, ...sorted.outbound].map(({ line }) => line);
  const commented = sorted.comments.flatMap(({ line }) => (line.pageId ? [{ at: line.at, pageId: line.pageId }] : []));
  return [...acts, ...commented];
}

/** Writes what `db` lacks, counting what it already had as duplicates; a dry run counts what it would write. */
async function store(db: Database | null, rows: readonly unknown[], write: (db: Database) => Promise<number>) {
  const stored = db ? await write(db) : rows.length;
  return { stored, duplicates: rows.length - stored };
}

interface Prepared {
  sorted: Partitioned;
  pageviews: PageviewRow[];
  posts: ReadonlySet<string>;
}

async function writeAll(db: Database | null, { sorted, pageviews, posts }: Prepared, report: ImportReport) {
  const unique = uniquePageviews(pageviews, report);
  const views = await store(db, unique, (d1) => insertPageviews(d1, unique));
  report.stored.pageview += views.stored;
  report.duplicates.pageview += views.duplicates;
  // After the pageviews are in, D1 knows every pageview a later line may attach to.
  const index = db ? await loadPageviews(db, references(sorted)) : indexRows(unique);
  const engagement = buildEngagementUpdates(sorted.engagement, index, report);
  if (db) await raiseEngagement(db, engagement);
  const goals = buildGoalRows(sorted.goals, index, report);
  const outbound = buildOutboundRows(sorted.outbound, index, report);
  const comments = buildCommentRows(sorted.comments, posts, index, report);
  for (const [kind, rows, write] of [
    ["goal", goals, (d1: Database) => insertGoals(d1, goals)],
    ["outbound", outbound, (d1: Database) => insertOutboundClicks(d1, outbound)],
    ["comment", comments, (d1: Database) => insertComments(d1, comments)],
  ] as const) {
    const counts = await store(db, rows, write);
    report.stored[kind] += counts.stored;
    report.duplicates[kind] += counts.duplicates;
  }
  const days = [...unique, ...engagement, ...goals, ...outbound].map((row) => row.day);
  return [...new Set(days)].sort();
}

async function timed<T>(report: ImportReport, phase: keyof ImportReport["phases"], work: () => Promise<T>) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    report.phases[phase] += performance.now() - started;
  }
}

export async function importHistory(db: Database | null, options: ImportOptions): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  const report = emptyReport(options.file, db === null);
  const prepared = await timed(report, "read", async (): Promise<Prepared> => {
    const read = await readImportFile(options.file, options.now);
    report.linesRead = read.linesRead;
    report.blankLines = read.blankLines;
    report.bad = read.bad;
    const site = await loadSitePages(utcDay(options.now));
    log(`${site.catalog.posts.length} posts from ${site.from}; ${read.lines.length} valid lines`);
    let sorted = dropBots(partitionLines(read.lines), report);
    noteUnknownPaths(sorted, site, report);
    if (db) {
      sorted = dropClosedDays(sorted, await findClosedDays(db, eventDays(sorted)), report);
      await syncCatalog(db, site.catalog, options.now);
    }
    const pageviews = await buildPageviewRows(sorted.pageviews, db ? d1Salts(db) : throwawaySalts());
    return { sorted, pageviews, posts: site.posts };
  });
  const days = await timed(report, "write", () => writeAll(db, prepared, report));
  report.daysRolledUp = days;
  if (db) {
    await timed(report, "rollUp", async () => {
      for (const day of days) await rollUpDay(db, day);
      // As the cron does: once a day is over, its salt goes, and its visitor ids can never be recomputed.
      await deleteOldSalts(db, utcDay(options.now));
    });
  }
  return report;
}
