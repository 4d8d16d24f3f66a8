import { letterConfig, siteConfig } from "../../site.config";
import type { Database } from "../env";
import { composeLetter } from "./compose";
import { type Delivery, deliver, type Mailer, renderLetter } from "./deliver";
import { dueLetter, type LetterSchedule } from "./schedule";
import { claimWeek, isWeekSettled, recordFailed, recordSent } from "./sends";
import type { LetterAddresses } from "./settings";
import { writeLetter } from "./write";

export type WeeklyRun =
  | { outcome: "not-due" }
  | { outcome: "settled"; week: string }
  | { outcome: "claimed-elsewhere"; week: string }
  | ({ week: string } & Delivery);

export interface WeeklyLetterInput {
  db: Database;
  mailer: Mailer;
  addresses: LetterAddresses;
  now: Date;
  schedule?: LetterSchedule;
}

/**
 * The cron's step for the weekly letter: when a week's letter is due and not yet settled,
 * compose it, claim the week, send it and record how that went. Composing comes before the
 * claim, so that a failed read costs no try; the claim comes before the send, so that two
 * runs at once send one letter.
 */
export async function runWeeklyLetter(input: WeeklyLetterInput): Promise<WeeklyRun> {
  const { db, mailer, addresses, now, schedule = letterConfig } = input;
  const due = dueLetter(now, schedule);
  if (due.dueAt.getTime() > now.getTime()) return { outcome: "not-due" };
  if (await isWeekSettled(db, due.week)) return { outcome: "settled", week: due.week };
  const letter = writeLetter(await composeLetter(db, due.week, now), siteConfig.lang);
  if (!(await claimWeek(db, due.week, now))) return { outcome: "claimed-elsewhere", week: due.week };
  const delivery = await deliver(mailer, addresses, renderLetter(letter), now);
  if (delivery.outcome === "sent") await recordSent(db, due.week, delivery.messageId, now);
  else await recordFailed(db, due.week, delivery.error);
  return { week: due.week, ...delivery };
}
