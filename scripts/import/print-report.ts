/**
 * The import's output: every bad line as `line N: problem` and the grouped remarks on
 * stderr, as they concern single lines; the summary on stdout.
 */
import { countSkipped, eventKinds, eventsPerSecond, type ImportReport, type LinesByRemark } from "./report.ts";

const shownLineNumbers = 10;
const number = (value: number) => value.toLocaleString("en-US");

const kindNames = {
  pageview: "pageviews",
  engagement: "engagement reports",
  goal: "goals",
  outbound: "outbound clicks",
  comment: "comments",
} as const;

function listLines(numbers: readonly number[]): string {
  const shown = numbers.slice(0, shownLineNumbers).join(", ");
  const more = numbers.length - shownLineNumbers;
  return more > 0 ? `${shown} and ${number(more)} more` : shown;
}

function printRemarks(title: string, remarks: LinesByRemark): void {
  for (const [text, numbers] of remarks) {
    console.error(`${title}: ${text}: ${number(numbers.length)} line(s): ${listLines(numbers)}`);
  }
}

/** Bad lines, skipped lines and notices, one line each on stderr. */
export function printLineReports(report: ImportReport): void {
  for (const { number: line, problem } of report.bad) console.error(`line ${line}: ${problem}`);
  printRemarks("skipped", report.skipped);
  printRemarks("notice", report.notices);
}

function perKind(counts: ImportReport["stored"]): string {
  return eventKinds.map((kind) => `${number(counts[kind])} ${kindNames[kind]}`).join(", ");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function printSummary(report: ImportReport): void {
  const { phases, daysRolledUp } = report;
  const stored = report.dryRun ? "Would store" : "Stored";
  console.log(`Read ${number(report.linesRead)} lines of ${report.file} (${number(report.blankLines)} blank).`);
  console.log(`${stored}: ${perKind(report.stored)}.`);
  console.log(`Duplicates skipped: ${perKind(report.duplicates)}.`);
  console.log(`Skipped: ${number(countSkipped(report))} valid lines. Bad lines: ${number(report.bad.length)}.`);
  const span = daysRolledUp.length > 0 ? ` (${daysRolledUp[0]} to ${daysRolledUp.at(-1)})` : "";
  const rolledUp = report.dryRun ? "Would roll up" : "Rolled up";
  console.log(`${rolledUp} ${number(daysRolledUp.length)} day(s)${span}.`);
  const total = phases.open + phases.read + phases.write + phases.rollUp;
  console.log(
    `Took ${seconds(total)} (open D1 ${seconds(phases.open)}, read ${seconds(phases.read)}, ` +
      `write ${seconds(phases.write)}, roll-ups ${seconds(phases.rollUp)}): ` +
      `${number(Math.round(eventsPerSecond(report)))} events per second.`,
  );
}
