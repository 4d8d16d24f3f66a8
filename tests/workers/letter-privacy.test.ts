/**
 * docs/privacy.md: the author's weekly letter carries counts and the names of topics,
 * channels and campaigns, nothing of a single reader; a send is recorded without an address.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { collectEvent } from "../../functions/analytics/collect";
import { rollUpDay } from "../../functions/analytics/rollups";
import { letterSends, pageviews, postTopics } from "../../functions/db/schema";
import type { Mailer } from "../../functions/letter/deliver";
import { buildLetterMessage } from "../../functions/letter/mime";
import { previewLetter } from "../../functions/letter/preview";
import { runWeeklyLetter } from "../../functions/letter/weekly";
import { addDays } from "../../shared/utc-day";
import { insertComment, insertPost } from "./support/comments";
import { makeContext, makeEngagement, makePageId, makePageview, openDatabase, siteOrigin } from "./support/events";
import { readAllCells } from "./support/tables";

// Week 11 of 2025 (10–16 March): days no other test of the collector uses, as it caches each day's salt.
const week = "2025-W11";
const monday = "2025-03-10";
const now = new Date("2025-03-17T07:00:00Z");
const reader = { ip: "198.51.100.77", userAgent: "Mozilla/5.0 (X11; Linux x86_64) LetterPrivacyTest/1.0" };
const commenter = {
  name: "Erika Leserin",
  website: "https://erika-leserin.example/",
  text: "Vertraulicher Kommentartext 4711",
};
const addresses = { to: "author@example.org", from: "letter@resonanz.example" };

async function seedWeek(): Promise<void> {
  await insertPost({ slug: "why-pageviews-lie", path: "/posts/why-pageviews-lie/", title: "Why Pageviews Lie" });
  await openDatabase()
    .insert(postTopics)
    .values({ postSlug: "why-pageviews-lie", topicSlug: "analytics", topicName: "Analytics" });
  const db = openDatabase();
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(monday, offset);
    const context = makeContext({ ...reader, now: new Date(`${day}T10:00:00Z`) });
    for (let view = 0; view < 3; view++) {
      const pageId = makePageId();
      const pageview = makePageview({
        pageId,
        url: `${siteOrigin}/posts/why-pageviews-lie/?utm_source=newsletter&utm_medium=email&utm_campaign=maerz`,
      });
      await collectEvent(db, pageview, context);
      await collectEvent(db, makeEngagement({ pageId }), context);
    }
    await rollUpDay(db, day);
  }
  for (const status of ["approved", "pending"] as const) {
    await insertComment({
      postSlug: "why-pageviews-lie",
      ...commenter,
      status,
      createdAt: Date.parse(`${monday}T12:00:00Z`),
    });
  }
}

describe("the weekly letter and privacy", () => {
  it("carries counts and the names of topics, channels and campaigns, and nothing of a single reader", async () => {
    await seedWeek();
    const db = openDatabase();
    const visitorIds = (await db.select({ id: pageviews.visitorId }).from(pageviews)).map((row) => row.id);
    expect(visitorIds.length).toBeGreaterThan(0);
    const letter = await previewLetter(db, week, now);
    // The week was read and its comment counted: the letter is not empty.
    expect(letter.text).toContain("21 intensiv gelesen");
    expect(letter.text).toContain("maerz");
    expect(letter.text).toContain("Ein Kommentar wartet auf Freigabe.");
    const raw = buildLetterMessage({ ...addresses, ...letter, messageId: "<x@resonanz.example>", date: now });
    for (const body of [raw, letter.text, letter.html]) {
      for (const secret of [
        ...visitorIds,
        reader.ip,
        reader.userAgent,
        "LetterPrivacyTest",
        commenter.name,
        commenter.website,
        commenter.text,
        "erika",
      ]) {
        expect(body.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      expect(body).not.toMatch(/<img|\ssrc=|url\(/i);
    }
  });

  it("keeps the week, its times, the message id and the outcome of a send, and no address", async () => {
    const db = openDatabase();
    const mailer: Mailer = { send: (message) => env.LETTER_MAIL.send(message) };
    const run = await runWeeklyLetter({
      db,
      mailer,
      addresses,
      now,
      schedule: { timeZone: "UTC", weekday: 1, hour: 7 },
    });
    expect(run).toMatchObject({ outcome: "sent", week });
    const [row] = await db.select().from(letterSends);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ["attempts", "claimedAt", "error", "messageId", "outcome", "sentAt", "week"].sort(),
    );
    const cells = (await readAllCells()).filter((cell) => cell.table === "letter_sends").map((cell) => cell.value);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell).not.toContain(addresses.to);
      expect(cell).not.toContain(addresses.from);
    }
  });
});
