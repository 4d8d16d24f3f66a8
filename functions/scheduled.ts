import { syncCatalogFromAssets } from "./analytics/catalog";
import { type MaintenanceReport, runMaintenance } from "./analytics/maintenance";
import { readRetentionConfig } from "./config";
import { openDatabase } from "./db/client";
import { runLetterCron } from "./letter/cron";
import { logError } from "./log-error";
import { catalogSchema } from "./schemas/catalog";

/**
 * The Cron Trigger (wrangler.jsonc `triggers.crons`): analytics maintenance, then
 * the catalog sync, which needs the static assets and may fail on its own, then the weekly
 * letter when it is due (functions/letter/schedule.ts decides, in the author's time zone).
 */
export async function runScheduled(env: Env, now: Date): Promise<MaintenanceReport> {
  const db = openDatabase(env.DB);
  const report = await runMaintenance(db, now, readRetentionConfig({ ...env }).retentionDays);
  try {
    await syncCatalogFromAssets(db, env.ASSETS, (body) => catalogSchema.parse(body), now);
  } catch (error) {
    logError("catalog sync failed", error);
  }
  // After the roll-ups, so that the letter counts the last day of its week in full.
  await runLetterCron(db, env, now);
  return report;
}
