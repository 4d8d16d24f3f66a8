import { type Period, periodQuery } from "../../../../functions/queries/period";
import { addDays, utcDay } from "../../../../shared/utc-day";

/**
 * The quick choices of the period picker, in complete days ending yesterday: today has only
 * begun and appears apart, as "today so far" (docs/traction.md).
 */
export const presetDays = [7, 30, 90] as const;
const defaultDays = 30;

export function lastDays(days: number, now: Date): Period {
  const to = addDays(utcDay(now), -1);
  return { from: addDays(to, 1 - days), to };
}

export interface PeriodChoice {
  period: Period;
  /** The URL asked for a period that does not validate; the default is shown instead. */
  invalid: boolean;
}

/** The period of `?from=&to=`, or the last 30 complete days (UTC). */
export function readPeriod(params: URLSearchParams, now: Date): PeriodChoice {
  const from = params.get("from");
  const to = params.get("to");
  if (from === null && to === null) return { period: lastDays(defaultDays, now), invalid: false };
  const parsed = periodQuery.safeParse({ from, to });
  return parsed.success
    ? { period: { from: parsed.data.from, to: parsed.data.to }, invalid: false }
    : { period: lastDays(defaultDays, now), invalid: true };
}

/** `from=…&to=…`, plus any extra parameters, for links that keep the chosen period. */
export function periodSearch(period: Period, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...period, ...extra }).toString();
}
