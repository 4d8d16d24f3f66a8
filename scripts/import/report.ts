/** What an import did, line by line where something needs the author's eye, and in sum. */
import type { BadLine } from "./read-lines.ts";

export const eventKinds = ["pageview", "engagement", "goal", "outbound", "comment"] as const;
export type EventKind = (typeof eventKinds)[number];

/** Lines that name one remark, by their numbers. */
export type LinesByRemark = Map<string, number[]>;

export interface ImportReport {
  file: string;
  dryRun: boolean;
  linesRead: number;
  blankLines: number;
  bad: BadLine[];
  /** New in D1 (engagement: reports applied to their pageview); for a dry run, what would be. */
  stored: Record<EventKind, number>;
  /** Already in D1 or earlier in the file: counted once. */
  duplicates: Record<EventKind, number>;
  /** Valid lines left out, by why. */
  skipped: LinesByRemark;
  /** Stored lines the author may want to look at (a path the build does not have, …). */
  notices: LinesByRemark;
  daysRolledUp: string[];
  /** Milliseconds: opening D1 (and migrating it), reading the file, writing, rolling up. */
  phases: { open: number; read: number; write: number; rollUp: number };
}

function zeroPerKind(): Record<EventKind, number> {
  return { pageview: 0, engagement: 0, goal: 0, outbound: 0, comment: 0 };
}

export function emptyReport(file: string, dryRun: boolean): ImportReport {
  return {
    file,
    dryRun,
    linesRead: 0,
    blankLines: 0,
    bad: [],
    stored: zeroPerKind(),
    duplicates: zeroPerKind(),
    skipped: new Map(),
    notices: new Map(),
    daysRolledUp: [],
    phases: { open: 0, read: 0, write: 0, rollUp: 0 },
  };
}

export function remark(lines: LinesByRemark, text: string, lineNumber: number): void {
  const numbers = lines.get(text);
  if (numbers) numbers.push(lineNumber);
  else lines.set(text, [lineNumber]);
}

/** Events taken in (stored or found already there) per second of reading, writing and rolling up. */
export function eventsPerSecond(report: ImportReport): number {
  const events = eventKinds.reduce((sum, kind) => sum + report.stored[kind] + report.duplicates[kind], 0);
  const { read, write, rollUp } = report.phases;
  const seconds = (read + write + rollUp) / 1000;
  return seconds > 0 ? events / seconds : 0;
}

export function countSkipped(report: ImportReport): number {
  return [...report.skipped.values()].reduce((sum, numbers) => sum + numbers.length, 0);
}
