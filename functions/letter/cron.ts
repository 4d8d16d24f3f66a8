import type { Database } from "../env";
import { logError } from "../log-error";
import { readLetterAddresses } from "./settings";
import { runWeeklyLetter, type WeeklyRun } from "./weekly";

/**
 * The letter's part of the 5-minute cron: nothing while it is not configured, and nothing
 * thrown, so that a failing letter never stops the analytics maintenance around it.
 */
export async function runLetterCron(db: Database, env: Env, now: Date): Promise<WeeklyRun | null> {
  try {
    const addresses = readLetterAddresses(env);
    if (!addresses) return null;
    const run = await runWeeklyLetter({ db, mailer: env.LETTER_MAIL, addresses, now });
    if (run.outcome === "failed") console.error(`weekly letter ${run.week} not sent: ${run.error}`);
    return run;
  } catch (error) {
    logError("weekly letter failed", error);
    return null;
  }
}
