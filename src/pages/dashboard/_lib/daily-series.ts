import type { DailyOverview } from "../../../../functions/queries/audience";
import { type Period, periodLength } from "../../../../functions/queries/period";
import { addDays } from "../../../../shared/utc-day";

/** One row per day of the period; days without a roll-up (no visit at all) count as zero. */
export function fillDays(rows: readonly DailyOverview[], period: Period): DailyOverview[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return Array.from({ length: periodLength(period) }, (_, index) => {
    const day = addDays(period.from, index);
    return byDay.get(day) ?? { day, views: 0, visitors: 0, engagedReads: 0, comments: 0 };
  });
}

export interface SeriesSummary {
  total: number;
  max: number;
  /** The first day that reached the maximum. */
  maxDay: string;
}

export function summarize(days: readonly string[], values: readonly number[]): SeriesSummary {
  let max = 0;
  let maxDay = days[0] ?? "";
  values.forEach((value, index) => {
    if (value > max) {
      max = value;
      maxDay = days[index] ?? maxDay;
    }
  });
  return { total: values.reduce((sum, value) => sum + value, 0), max, maxDay };
}

/** The chart's coordinate box; the SVG stretches it to its width, strokes keep their width. */
export const chartBox = { width: 1000, height: 100, padding: 6 };

/** Points of a line through `values`, scaled so that the largest touches the top. */
export function linePoints(values: readonly number[]): Array<[number, number]> {
  const { width, height, padding } = chartBox;
  const max = Math.max(1, ...values);
  const y = (value: number) => height - padding - (value / max) * (height - 2 * padding);
  // A single day is drawn as a level line across the chart: one point alone would be invisible.
  if (values.length === 1) return [0, width].map((x) => [x, y(values[0] ?? 0)]);
  const step = width / Math.max(1, values.length - 1);
  return values.map((value, index) => [index * step, y(value)]);
}

export function linePath(points: ReadonlyArray<[number, number]>): string {
  return points.map(([x, y], index) => `${index === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
}

/** The line closed down to the baseline, for the shaded area under it. */
export function areaPath(points: ReadonlyArray<[number, number]>): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "";
  return `${linePath(points)} L${last[0].toFixed(1)},${chartBox.height} L${first[0].toFixed(1)},${chartBox.height} Z`;
}
