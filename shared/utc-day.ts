/**
 * UTC calendar days as `YYYY-MM-DD`: the key of salts, raw events, roll-ups and dashboard
 * periods. The one owner of day arithmetic, for the API, the site and the scripts.
 */
export const dayMs = 24 * 60 * 60 * 1000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first millisecond of `day` (UTC). */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** Whole days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / dayMs);
}
