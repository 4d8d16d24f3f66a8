import { siteConfig } from "../../site.config";
import type { Database } from "../env";
import { composeLetter } from "./compose";
import { type Delivery, deliver, type Mailer, renderLetter } from "./deliver";
import { currentWeek, previousWeek, weekPeriod } from "./iso-week";
import type { LetterAddresses } from "./settings";
import { type WrittenLetter, writeLetter } from "./write";

export interface LetterPreview {
  week: string;
  period: { from: string; to: string };
  written: WrittenLetter;
  subject: string;
  text: string;
  html: string;
}

/** The last complete week: the one the next letter reports on, or the last one did. */
export function lastCompleteWeek(now: Date): string {
  return previousWeek(currentWeek(now));
}

/** Whether `week` has begun by `now` (a week still running is shown with its days so far). */
export function hasBegun(week: string, now: Date): boolean {
  return week <= currentWeek(now);
}

/** A week's letter exactly as it would be sent, for the dashboard and the API. */
export async function previewLetter(db: Database, week: string, now: Date): Promise<LetterPreview> {
  const written = writeLetter(await composeLetter(db, week, now), siteConfig.lang);
  return { week, period: weekPeriod(week), written, ...renderLetter(written) };
}

export type SendNow = Delivery | { outcome: "not-configured" };

/**
 * "Send me this now" from the dashboard: the week's letter, to the author, at once. It is a
 * preview, so it neither claims the week nor counts as its send: the Monday letter still goes.
 */
export async function sendLetterNow(
  db: Database,
  mailer: Mailer,
  addresses: LetterAddresses | null,
  week: string,
  now: Date,
): Promise<SendNow> {
  if (!addresses) return { outcome: "not-configured" };
  const { subject, text, html } = await previewLetter(db, week, now);
  return deliver(mailer, addresses, { subject, text, html }, now);
}
