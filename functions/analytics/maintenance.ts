import { and, isNotNull, lt } from "drizzle-orm";
import { addDays, dayMs, utcDay } from "../../shared/utc-day";
import { purgeAuthRecords } from "../auth/purge";
import { comments, goalEvents, outboundClicks, pageviews } from "../db/schema";
import type { Database } from "../env";
import { rollUpDay } from "./rollups";
import { deleteOldSalts } from "./salts";

export interface MaintenanceReport {
  saltsDeleted: number;
  rolledUp: string[];
  rowsWritten: number;
  rawEventsPurged: number;
}

/**
 * What the Cron Trigger does every few minutes: retire old salts, refresh the
 * roll-ups of today (and of yesterday during the first hours of a day, so that
 * late events are in it before its raw events expire), and purge raw events
 * older than the retention period, and forget rate-limit client hashes after a day.
 */
export async function runMaintenance(db: Database, now: Date, retentionDays: number): Promise<MaintenanceReport> {
  const today = utcDay(now);
  const saltsDeleted = await deleteOldSalts(db, today);
  const rolledUp = now.getUTCHours() < 3 ? [addDays(today, -1), today] : [today];
  let rowsWritten = 0;
  for (const day of rolledUp) rowsWritten += await rollUpDay(db, day);
  const cutoff = addDays(today, -retentionDays);
  const purged = await db.batch([
    db.delete(pageviews).where(lt(pageviews.day, cutoff)),
    db.delete(goalEvents).where(lt(goalEvents.day, cutoff)),
    db.delete(outboundClicks).where(lt(outboundClicks.day, cutoff)),
  ]);
  const rawEventsPurged = purged.reduce((rows, result) => rows + result.meta.changes, 0);
  // The rate limits' client hashes are only needed for a day; expired sessions not at all.
  await purgeAuthRecords(db, now);
  await db
    .update(comments)
    .set({ clientHash: null })
    .where(and(isNotNull(comments.clientHash), lt(comments.createdAt, now.getTime() - dayMs)));
  return { saltsDeleted, rolledUp, rowsWritten, rawEventsPurged };
}
