/**
 * Engagement reports, goals and outbound clicks as the collector stores them: each needs a
 * counted pageview that day or the day before, a goal counts once per pageview and name, an
 * outbound click once per pageview and host, and engagement raises the pageview's engaged
 * time and scroll depth to the highest reported. A line whose pageview is missing is skipped.
 */
import { buildGoalRow, buildOutboundRow } from "../../functions/analytics/collect.ts";
import type { PageviewSource } from "../../functions/analytics/pageview-source.ts";
import type { goalEvents, outboundClicks } from "../../functions/db/schema.ts";
import type { EngagementLine, GoalLine, OutboundLine } from "./line-schema.ts";
import { findPageview, type KnownPageview, type PageviewIndex } from "./pageview-lookup.ts";
import type { EventRecord } from "./partition.ts";
import { type ImportReport, remark } from "./report.ts";

export type GoalRow = typeof goalEvents.$inferInsert;
export type OutboundRow = typeof outboundClicks.$inferInsert;

/** The highest engagement reported for one stored pageview. */
export interface EngagementUpdate {
  day: string;
  pageId: string;
  engagedMs: number;
  scrollDepth: number;
}

const noPageview = "no pageview with this pageId on the event's day or the day before, in this file or in D1";

/**
 * The engagement to write, per pageview. A report counts as stored when it raises its
 * pageview's engaged time or scroll depth (as D1 holds it, or as an earlier line raised it),
 * and as a duplicate when it changes nothing, as on a second import of the same file.
 */
export function buildEngagementUpdates(
  records: readonly EventRecord<EngagementLine>[],
  index: PageviewIndex,
  report: ImportReport,
): EngagementUpdate[] {
  const updates = new Map<string, EngagementUpdate>();
  const current = new Map<string, { engagedMs: number; scrollDepth: number }>();
  for (const { number, line } of records) {
    const pageview = findPageview(index, line);
    if (!pageview) {
      remark(report.skipped, `engagement: ${noPageview}`, number);
      continue;
    }
    const key = `${pageview.day}\n${pageview.pageId}`;
    const before = current.get(key) ?? pageview;
    if (line.engagedMs <= before.engagedMs && line.scrollDepth <= before.scrollDepth) {
      report.duplicates.engagement++;
      continue;
    }
    const after = {
      engagedMs: Math.max(before.engagedMs, line.engagedMs),
      scrollDepth: Math.max(before.scrollDepth, line.scrollDepth),
    };
    current.set(key, after);
    updates.set(key, { day: pageview.day, pageId: pageview.pageId, ...after });
    report.stored.engagement++;
  }
  return [...updates.values()];
}

/**
 * History is credited to the channel of the pageview it names (an import knows no visits, so
 * a page reached through the site stays "internal", unlike live events; docs/api.md).
 */
function creditOf(pageview: KnownPageview): PageviewSource {
  return { channel: pageview.channel, source: pageview.source, campaign: pageview.utmCampaign };
}

/**
 * Rows for the lines whose pageview exists, each key once: a repeat in the file is a
 * duplicate here, one already in D1 is one when the insert ignores it.
 */
function buildActRows<Line extends GoalLine | OutboundLine, Row>(
  records: readonly EventRecord<Line>[],
  index: PageviewIndex,
  report: ImportReport,
  build: (record: EventRecord<Line>, credit: PageviewSource) => { row: Row; key: string },
): Row[] {
  const rows = new Map<string, Row>();
  for (const record of records) {
    const { number, line } = record;
    const pageview = findPageview(index, line);
    if (!pageview) {
      remark(report.skipped, `${line.type}: ${noPageview}`, number);
      continue;
    }
    const { row, key } = build(record, creditOf(pageview));
    if (rows.has(key)) report.duplicates[line.type]++;
    else rows.set(key, row);
  }
  return [...rows.values()];
}

export function buildGoalRows(records: readonly EventRecord<GoalLine>[], index: PageviewIndex, report: ImportReport) {
  return buildActRows(records, index, report, ({ line }, credit): { row: GoalRow; key: string } => {
    const row = buildGoalRow(line, new URL(line.url), line.at, credit);
    return { row, key: `${row.day}\n${row.pageId}\n${row.name}` };
  });
}

export function buildOutboundRows(
  records: readonly EventRecord<OutboundLine>[],
  index: PageviewIndex,
  report: ImportReport,
) {
  return buildActRows(records, index, report, ({ line }, credit): { row: OutboundRow; key: string } => {
    const row = buildOutboundRow(line, new URL(line.url), line.at, credit);
    return { row, key: `${row.day}\n${row.pageId}\n${row.targetHost}` };
  });
}
