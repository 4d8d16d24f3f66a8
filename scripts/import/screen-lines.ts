/**
 * Remarks on valid lines before anything is built from them: paths the build does not have
 * (stored, but worth a look), pageviews marked as bots, and lines on days that are closed
 * to the import (closed-days.ts), which are left out.
 */
import { utcDay } from "../../shared/utc-day.ts";
import type { EventLine } from "./line-schema.ts";
import type { EventRecord, Partitioned } from "./partition.ts";
import { type ImportReport, remark } from "./report.ts";
import type { SitePages } from "./site-pages.ts";

function eventRecords(sorted: Partitioned): EventRecord<EventLine>[] {
  return [...sorted.pageviews, ...sorted.engagement, ...sorted.goals, ...sorted.outbound];
}

export function noteUnknownPaths(sorted: Partitioned, site: SitePages, report: ImportReport): void {
  const where = site.built ? "the build" : `the catalog (no build found, so only posts are known)`;
  for (const { number, path } of eventRecords(sorted)) {
    if (!site.paths.has(path))
      remark(report.notices, `path ${path} is not a page of ${where}; stored all the same`, number);
  }
}

/** The days of all event lines: the days the import may write and roll up. */
export function eventDays(sorted: Partitioned): Set<string> {
  return new Set(eventRecords(sorted).map(({ line }) => utcDay(line.at)));
}

/**
 * The collector counts a pageview the browser marks as automated only as a number per day,
 * which a rerun of the import would count again: such lines are left out.
 */
export function dropBots(sorted: Partitioned, report: ImportReport): Partitioned {
  const pageviews = sorted.pageviews.filter(({ number, line }) => {
    if (line.bot !== true) return true;
    remark(
      report.skipped,
      "pageview: marked as a bot (bot: true), which the collector does not count as a view",
      number,
    );
    return false;
  });
  return { ...sorted, pageviews };
}

export function dropClosedDays(sorted: Partitioned, closed: ReadonlySet<string>, report: ImportReport): Partitioned {
  if (closed.size === 0) return sorted;
  const keep = <Line extends EventLine>(records: EventRecord<Line>[]) =>
    records.filter(({ number, line }) => {
      const day = utcDay(line.at);
      if (!closed.has(day)) return true;
      const why = `${day}: its roll-ups count raw events that have since been purged, and rolling it up again would lose them`;
      remark(report.skipped, why, number);
      return false;
    });
  return {
    pageviews: keep(sorted.pageviews),
    engagement: keep(sorted.engagement),
    goals: keep(sorted.goals),
    outbound: keep(sorted.outbound),
    comments: sorted.comments,
  };
}
