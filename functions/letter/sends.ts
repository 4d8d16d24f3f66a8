import { desc, eq, sql } from "drizzle-orm";
import { letterSends } from "../db/tables/letter";
import type { Database } from "../env";

/** A failed send is tried once more, on the next cron run, and then left as failed. */
export const maxAttempts = 2;

export type LetterSend = typeof letterSends.$inferSelect;

/**
 * Claims the week for this run, atomically: the first run inserts the row; a later run gets it
 * only when the last try failed and tries remain. Two runs at once cannot both win, since
 * SQLite writes one statement at a time and RETURNING names the one that changed the row.
 */
export async function claimWeek(db: Database, week: string, now: Date): Promise<boolean> {
  const rows = await db.all<{ attempts: number }>(sql`
    INSERT INTO letter_sends (week, outcome, attempts, claimed_at) VALUES (${week}, 'sending', 1, ${now.getTime()})
    ON CONFLICT (week) DO UPDATE SET outcome = 'sending', attempts = letter_sends.attempts + 1,
      claimed_at = excluded.claimed_at, error = NULL
    WHERE letter_sends.outcome = 'failed' AND letter_sends.attempts < ${maxAttempts}
    RETURNING attempts`);
  return rows.length === 1;
}

export async function recordSent(db: Database, week: string, messageId: string, now: Date): Promise<void> {
  await db
    .update(letterSends)
    .set({ outcome: "sent", sentAt: now.getTime(), messageId })
    .where(eq(letterSends.week, week));
}

/** The binding's reason, with any address in it left out: the table keeps no address. */
export async function recordFailed(db: Database, week: string, error: string): Promise<void> {
  await db
    .update(letterSends)
    .set({ outcome: "failed", error: error.replace(/\S+@\S+/g, "<address>").slice(0, 500) })
    .where(eq(letterSends.week, week));
}

/** Whether the week needs no more work: sent, being sent, or out of tries. */
export async function isWeekSettled(db: Database, week: string): Promise<boolean> {
  const [row] = await db.select().from(letterSends).where(eq(letterSends.week, week)).limit(1);
  return row !== undefined && !(row.outcome === "failed" && row.attempts < maxAttempts);
}

/** The most recent send, for the dashboard's "last outcome". */
export async function readLastSend(db: Database): Promise<LetterSend | null> {
  const [row] = await db.select().from(letterSends).orderBy(desc(letterSends.claimedAt)).limit(1);
  return row ?? null;
}
