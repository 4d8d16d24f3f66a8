import { z } from "zod";
import { addDays, dayMs, dayStartMs, daysBetween } from "../../shared/utc-day";

const isoDay = z.iso.date({ message: "must be a date as YYYY-MM-DD" });

/**
 * Zod runs an object's refinements even after one of its fields failed; these compare
 * two real days (addDays throws on anything else), so they run only when both are.
 */
const whenBothDaysAreValid = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

/** The longest period, in days: two years, a leap day included. */
export const maxPeriodDays = 731;

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, both inclusive, at most two years long. */
export const periodQuery = z
  .object({ from: isoDay, to: isoDay })
  .refine((period) => period.from <= period.to, {
    message: "from must not be after to",
    path: ["from"],
    ...whenBothDaysAreValid,
  })
  .refine((period) => addDays(period.from, maxPeriodDays) > period.to, {
    message: "at most two years",
    path: ["to"],
    ...whenBothDaysAreValid,
  });

export type Period = z.infer<typeof periodQuery>;

export function periodLength(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/** The period of the same length right before `period`, for trends. */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** The first millisecond after the period's last day. */
export function periodEndMs(period: Period): number {
  return dayStartMs(period.to) + dayMs;
}
