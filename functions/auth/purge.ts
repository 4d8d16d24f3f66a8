import type { Database } from "../env";
import { purgeExpiredSessions } from "./session";
import { purgeSignInFailures } from "./throttle";
import { purgeSignInSalts } from "./throttle-salts";

/** What the cron forgets of sign-ins: failures a day old, salts before yesterday, expired sessions. */
export async function purgeAuthRecords(db: Database, now: Date): Promise<void> {
  await purgeSignInFailures(db, now);
  await purgeSignInSalts(db, now);
  await purgeExpiredSessions(db, now);
}
