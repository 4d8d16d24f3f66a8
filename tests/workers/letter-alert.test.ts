/**
 * The optional take-off alert against a real D1: a post read far beyond its usual day gets
 * one short message a day, by webhook or by mail; a steady post gets none.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dailyPageStats, dailySourceStats, letterAlerts } from "../../functions/db/schema";
import { runTakeOffAlerts } from "../../functions/letter/alert";
import type { Mailer } from "../../functions/letter/deliver";
import { addDays } from "../../shared/utc-day";
import { insertPost } from "./support/comments";
import { openDatabase } from "./support/events";

const now = new Date("2026-11-20T15:00:00Z");
const today = "2026-11-20";

/** `usual` engaged reads a day for the four weeks before today, and `todayReads` today, mostly from LinkedIn. */
async function seedPost(slug: string, title: string, usual: number, todayReads: number): Promise<void> {
  await insertPost({ slug, path: `/posts/${slug}/`, title, pubDate: "2026-06-01" });
  const day = (on: string, reads: number) => ({
    day: on,
    path: `/posts/${slug}/`,
    views: reads * 2,
    visitors: reads * 2,
    engagedReads: reads,
    readThroughs: 0,
    engagedMs: 0,
    goals: 0,
    outboundClicks: 0,
  });
  const history = Array.from({ length: 28 }, (_, index) => day(addDays(today, -28 + index), usual + (index % 3)));
  // D1 binds at most 100 values a statement: ten rows at a time.
  const rows = [...history, day(today, todayReads)];
  for (let start = 0; start < rows.length; start += 10) {
    await openDatabase()
      .insert(dailyPageStats)
      .values(rows.slice(start, start + 10));
  }
  await openDatabase()
    .insert(dailySourceStats)
    .values([
      {
        day: today,
        path: `/posts/${slug}/`,
        channel: "social",
        source: "LinkedIn",
        views: todayReads,
        visitors: todayReads,
        engagedReads: Math.ceil(todayReads * 0.7),
      },
      {
        day: today,
        path: `/posts/${slug}/`,
        channel: "search",
        source: "Google",
        views: todayReads,
        visitors: todayReads,
        engagedReads: Math.floor(todayReads * 0.3),
      },
    ]);
}

/** A webhook endpoint that keeps what it receives and answers with `status`. */
function webhook(status = 200) {
  const received: { text: string; title: string; url: string }[] = [];
  const fetcher: typeof fetch = async (_input, init) => {
    received.push(JSON.parse(String(init?.body)));
    return new Response(null, { status });
  };
  return { received, fetcher };
}

describe("the take-off alert", () => {
  it("tells the webhook once a day that a post is taking off, and where its readers come from", async () => {
    await seedPost("taking-off", "Ein Beitrag hebt ab", 10, 340);
    await seedPost("steady", "Ein ruhiger Beitrag", 10, 11);
    const hook = webhook();
    const route = { via: "webhook" as const, url: "https://hooks.example/alert", fetcher: hook.fetcher };
    const db = openDatabase();
    await Promise.all([runTakeOffAlerts(db, route, now), runTakeOffAlerts(db, route, now)]);
    await runTakeOffAlerts(db, route, new Date(now.getTime() + 5 * 60_000));
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]?.text).toContain(
      "„Ein Beitrag hebt ab“ hebt ab: heute 340-mal intensiv gelesen, sonst im Mittel 11,0 am Tag, vor allem über LinkedIn.",
    );
    expect(hook.received[0]?.url).toContain("https://resonanz.example/dashboard/posts/taking-off/");
    expect(await db.select().from(letterAlerts)).toEqual([
      { postSlug: "taking-off", day: today, sentAt: now.getTime() },
    ]);
  });

  it("tries again on the next run when the webhook fails", async () => {
    await seedPost("taking-off", "Ein Beitrag hebt ab", 10, 340);
    const db = openDatabase();
    const failing = webhook(500);
    const first = await runTakeOffAlerts(
      db,
      { via: "webhook", url: "https://hooks.example/a", fetcher: failing.fetcher },
      now,
    );
    expect(first).toEqual([{ slug: "taking-off", delivered: false }]);
    expect(await db.select().from(letterAlerts)).toEqual([]);
    const working = webhook();
    await runTakeOffAlerts(db, { via: "webhook", url: "https://hooks.example/a", fetcher: working.fetcher }, now);
    expect(working.received).toHaveLength(1);
  });

  it("goes by mail through the send_email binding when the author chose mail", async () => {
    await seedPost("taking-off", "Ein Beitrag hebt ab", 10, 340);
    let sent = 0;
    const mailer: Mailer = {
      send: async (message) => {
        sent++;
        return env.LETTER_MAIL.send(message);
      },
    };
    const addresses = { to: "author@example.org", from: "letter@resonanz.example" };
    const result = await runTakeOffAlerts(openDatabase(), { via: "mail", mailer, addresses }, now);
    expect(result).toEqual([{ slug: "taking-off", delivered: true }]);
    expect(sent).toBe(1);
  });
});
