import { addDays, dayMs, dayStartMs } from "../../shared/utc-day";
import { mondayOf, weekOfDay } from "./iso-week";

export interface LetterSchedule {
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
}

export interface DueLetter {
  /** The last complete ISO week before the letter's day. */
  week: string;
  /** When it became due: the letter's local day and hour, and never before the week's last UTC day ended. */
  dueAt: Date;
}

/** The calendar day and weekday of an instant on the wall clock of `timeZone`. */
function localDay(now: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Milliseconds `timeZone` is ahead of UTC at `instant` (negative west of Greenwich). */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant the wall clock of `timeZone` shows `hour`:00 on `day`. The offset is read twice,
 * since the first guess may lie on the other side of a change to or from summer time; an hour
 * that a spring change skips resolves to the hour after it.
 */
export function zonedInstant(day: string, hour: number, timeZone: string): Date {
  const wall = dayStartMs(day) + hour * 3_600_000;
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  return new Date(Math.max(first, second));
}

/**
 * The letter that is due at `now`: that of the last complete week before the most recent
 * letter day and hour in the author's time zone. A cron string is read in UTC only, so the
 * 5-minute cron asks this instead, and a week's letter goes out on the first run after it is
 * due (one missed run costs five minutes, not a week).
 */
export function dueLetter(now: Date, schedule: LetterSchedule): DueLetter {
  const today = localDay(now, schedule.timeZone);
  const weekday = new Date(dayStartMs(today)).getUTCDay() || 7;
  let letterDay = addDays(today, -((weekday - schedule.weekday + 7) % 7));
  let dueAt = zonedInstant(letterDay, schedule.hour, schedule.timeZone);
  if (dueAt.getTime() > now.getTime()) {
    letterDay = addDays(letterDay, -7);
    dueAt = zonedInstant(letterDay, schedule.hour, schedule.timeZone);
  }
  // The week before the letter's day; east of UTC its Monday morning may come before the
  // week's last UTC day has ended, and then the letter waits for it.
  const week = weekOfDay(addDays(letterDay, -7));
  const weekEnd = dayStartMs(mondayOf(week)) + 7 * dayMs;
  return { week, dueAt: new Date(Math.max(dueAt.getTime(), weekEnd)) };
}
