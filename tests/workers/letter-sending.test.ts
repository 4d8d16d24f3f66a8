/**
 * The weekly letter is sent once per week: two cron runs at once send one letter, a failed
 * send is tried once more on the next run, and each try is recorded. Real D1, and the
 * `send_email` binding as workerd simulates it locally.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { letterSends } from "../../functions/db/schema";
import type { Mailer } from "../../functions/letter/deliver";
import { maxAttempts, readLastSend } from "../../functions/letter/sends";
import { runWeeklyLetter } from "../../functions/letter/weekly";
import { runScheduled } from "../../functions/scheduled";
import { testEnv } from "./support/comments";
import { openDatabase } from "./support/events";

const addresses = { to: "author@example.org", from: "letter@resonanz.example" };
const berlin = { timeZone: "Europe/Berlin", weekday: 1, hour: 7 };
// Monday 30 November 2026, 07:05 in Berlin: the letter of week 48 is due.
const monday = new Date("2026-11-30T06:05:00Z");
const fiveMinutesLater = new Date(monday.getTime() + 5 * 60_000);

/** The simulated binding, counting what passes through it. */
function countingMailer(): Mailer & { sent: number } {
  const mailer = {
    sent: 0,
    async send(message: Parameters<Mailer["send"]>[0]) {
      mailer.sent++;
      return env.LETTER_MAIL.send(message);
    },
  };
  return mailer;
}

/** A binding that refuses `failures` times, as an unverified address or an outage would, then sends. */
function failingMailer(failures: number): Mailer & { tries: number } {
  const mailer = {
    tries: 0,
    async send(message: Parameters<Mailer["send"]>[0]) {
      mailer.tries++;
      if (mailer.tries <= failures) throw new Error(`destination address not verified: ${addresses.to}`);
      return env.LETTER_MAIL.send(message);
    },
  };
  return mailer;
}

describe("sending the weekly letter", () => {
  it("sends last week's letter from Monday 07:00 in the author's time zone, the week before's until then", async () => {
    const db = openDatabase();
    const mailer = countingMailer();
    const run = await runWeeklyLetter({
      db,
      mailer,
      addresses,
      now: new Date("2026-11-30T05:55:00Z"),
      schedule: berlin,
    });
    // Week 47's letter was due a week ago; with no record of it, this run sends that one.
    expect(run).toMatchObject({ outcome: "sent", week: "2026-W47" });
    const again = await runWeeklyLetter({
      db,
      mailer,
      addresses,
      now: new Date("2026-11-30T06:00:00Z"),
      schedule: berlin,
    });
    expect(again).toMatchObject({ outcome: "sent", week: "2026-W48" });
    expect(mailer.sent).toBe(2);
  });

  it("sends a week's letter once when the cron fires twice at the same moment", async () => {
    const db = openDatabase();
    const mailer = countingMailer();
    const runs = await Promise.all(
      [1, 2, 3].map(() => runWeeklyLetter({ db, mailer, addresses, now: monday, schedule: berlin })),
    );
    expect(mailer.sent).toBe(1);
    expect(runs.filter((run) => run.outcome === "sent")).toHaveLength(1);
    expect(
      runs
        .filter((run) => run.outcome !== "sent")
        .every((run) => run.outcome === "claimed-elsewhere" || run.outcome === "settled"),
    ).toBe(true);
    const rows = await db.select().from(letterSends);
    expect(rows).toEqual([
      expect.objectContaining({ week: "2026-W48", outcome: "sent", attempts: 1, sentAt: monday.getTime() }),
    ]);
    expect(rows[0]?.messageId).toMatch(/^<.+@.+>$/);
    // The next runs of the week find it settled.
    const later = await runWeeklyLetter({ db, mailer, addresses, now: fiveMinutesLater, schedule: berlin });
    expect(later).toEqual({ outcome: "settled", week: "2026-W48" });
    expect(mailer.sent).toBe(1);
  });

  it("runs in the cron with LETTER_TO and LETTER_FROM set, and twice at once sends once", async () => {
    const db = openDatabase();
    const configured = testEnv({ LETTER_TO: addresses.to, LETTER_FROM: addresses.from });
    await Promise.all([runScheduled(configured, monday), runScheduled(configured, monday)]);
    const rows = await db.select().from(letterSends);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "sent", attempts: 1 });
  });

  it("sends nothing while LETTER_TO or LETTER_FROM is missing", async () => {
    const db = openDatabase();
    await runScheduled(testEnv({ LETTER_FROM: addresses.from }), monday);
    await runScheduled(testEnv(), monday);
    expect(await db.select().from(letterSends)).toEqual([]);
  });

  it("tries a failed send once more on the next run, and records both tries", async () => {
    const db = openDatabase();
    const mailer = failingMailer(1);
    const first = await runWeeklyLetter({ db, mailer, addresses, now: monday, schedule: berlin });
    expect(first).toMatchObject({ outcome: "failed", week: "2026-W48" });
    const failed = await readLastSend(db);
    expect(failed).toMatchObject({ outcome: "failed", attempts: 1, sentAt: null });
    // The binding's reason is kept for the dashboard, the address in it is not.
    expect(failed?.error).toBe("destination address not verified: <address>");
    const second = await runWeeklyLetter({ db, mailer, addresses, now: fiveMinutesLater, schedule: berlin });
    expect(second).toMatchObject({ outcome: "sent", week: "2026-W48" });
    expect(await readLastSend(db)).toMatchObject({ outcome: "sent", attempts: 2, error: null });
    expect(mailer.tries).toBe(2);
  });

  it("gives up after the retry fails too, and two runs at once retry once", async () => {
    const db = openDatabase();
    const mailer = failingMailer(10);
    await runWeeklyLetter({ db, mailer, addresses, now: monday, schedule: berlin });
    await Promise.all(
      [1, 2].map(() => runWeeklyLetter({ db, mailer, addresses, now: fiveMinutesLater, schedule: berlin })),
    );
    expect(mailer.tries).toBe(maxAttempts);
    const third = await runWeeklyLetter({
      db,
      mailer,
      addresses,
      now: new Date(monday.getTime() + 10 * 60_000),
      schedule: berlin,
    });
    expect(third).toEqual({ outcome: "settled", week: "2026-W48" });
    expect(mailer.tries).toBe(maxAttempts);
    expect(await readLastSend(db)).toMatchObject({ outcome: "failed", attempts: maxAttempts });
  });
});
