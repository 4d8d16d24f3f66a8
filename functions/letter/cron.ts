import { letterConfig } from "../../site.config";
import { readSecret } from "../auth/secrets";
import type { Database } from "../env";
import { logError } from "../log-error";
import { type AlertRoute, runTakeOffAlerts } from "./alert";
import { readLetterAddresses } from "./settings";
import { runWeeklyLetter } from "./weekly";

/** Where the take-off alert goes, or null while it is off or its destination is not set. */
function alertRoute(env: Env): AlertRoute | null {
  if (letterConfig.alert === "webhook") {
    const url = readSecret(env, "COMMENT_WEBHOOK_URL");
    return url ? { via: "webhook", url } : null;
  }
  if (letterConfig.alert === "mail") {
    const addresses = readLetterAddresses(env);
    return addresses ? { via: "mail", mailer: env.LETTER_MAIL, addresses } : null;
  }
  return null;
}

/**
 * The letter's part of the 5-minute cron: the weekly letter when due, and the take-off alert
 * when switched on. Nothing while unconfigured, and nothing thrown, so that a failing letter
 * never stops the analytics maintenance around it.
 */
export async function runLetterCron(db: Database, env: Env, now: Date): Promise<void> {
  try {
    const addresses = readLetterAddresses(env);
    if (addresses) {
      const run = await runWeeklyLetter({ db, mailer: env.LETTER_MAIL, addresses, now });
      if (run.outcome === "failed") console.error(`weekly letter ${run.week} not sent: ${run.error}`);
    }
  } catch (error) {
    logError("weekly letter failed", error);
  }
  try {
    const route = alertRoute(env);
    if (route) await runTakeOffAlerts(db, route, now);
  } catch (error) {
    logError("take-off alert failed", error);
  }
}
