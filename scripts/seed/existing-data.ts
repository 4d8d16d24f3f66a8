/**
 * What the seeder does to data already there. Roll-ups are recomputed from raw events,
 * and the demo keeps raw events for the retention window only, so adding a second demo
 * year on top of a first would overwrite the older days' roll-ups with half the traffic:
 * the seeder therefore refuses a database with analytics or comments unless told to reset.
 */
import { sql } from "drizzle-orm";
import {
  comments,
  dailyBotHits,
  dailyDimensionStats,
  dailyGoalStats,
  dailyPageStats,
  dailySiteStats,
  dailySourceStats,
  goalEvents,
  outboundClicks,
  pageviews,
} from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";

const demoTables = [
  pageviews,
  goalEvents,
  outboundClicks,
  dailyBotHits,
  dailyPageStats,
  dailySourceStats,
  dailyGoalStats,
  dailyDimensionStats,
  dailySiteStats,
  comments,
];

export async function hasDemoTablesData(db: Database): Promise<boolean> {
  for (const table of demoTables) {
    const [row] = await db.select({ one: sql<number>`1` }).from(table).limit(1);
    if (row) return true;
  }
  return false;
}

/** Empties the analytics and comments tables; posts, settings, salts and sign-in data stay. */
export async function clearDemoTables(db: Database): Promise<void> {
  const [first, ...rest] = demoTables.map((table) => db.delete(table));
  if (first) await db.batch([first, ...rest]);
}

export async function lastCommentId(db: Database): Promise<number> {
  const [row] = await db.select({ last: sql<number | null>`max(${comments.id})` }).from(comments);
  return row?.last ?? 0;
}
