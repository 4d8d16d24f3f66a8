import { z } from "zod";
import { addDays, dayStartMs, daysBetween, utcDay } from "../../shared/utc-day";

/**
 * ISO 8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday) over UTC days,
 * the days every statistic is kept in. A week is named "YYYY-Www".
 */
export const isoWeekQuery = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, { message: "must be an ISO week as YYYY-Www", abort: true })
  .refine((week) => weekOfDay(mondayOf(week)) === week, { message: "no such week in that year" });

/** 1 for Monday … 7 for Sunday. */
function isoWeekday(day: string): number {
  return new Date(dayStartMs(day)).getUTCDay() || 7;
}

export function mondayOfDay(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The ISO week a UTC day belongs to. */
export function weekOfDay(day: string): string {
  const thursday = addDays(mondayOfDay(day), 3);
  const year = Number(thursday.slice(0, 4));
  // 4 January is always in week 1.
  const weekOne = mondayOfDay(`${year}-01-04`);
  const week = daysBetween(weekOne, mondayOfDay(day)) / 7 + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week ("2026-W01" → "2025-12-29"). */
export function mondayOf(week: string): string {
  const year = Number(week.slice(0, 4));
  const number = Number(week.slice(6));
  // 4 January is always in week 1.
  return addDays(mondayOfDay(`${year}-01-04`), (number - 1) * 7);
}

/** The week's days, Monday to Sunday, as a period. */
export function weekPeriod(week: string): { from: string; to: string } {
  const from = mondayOf(week);
  return { from, to: addDays(from, 6) };
}

export function previousWeek(week: string): string {
  return weekOfDay(addDays(mondayOf(week), -7));
}

/** The week `now` falls in (UTC). */
export function currentWeek(now: Date): string {
  return weekOfDay(utcDay(now));
}
