import { describe, expect, it } from "vitest";
import { dailyPageStats, posts, postTopics } from "../../functions/db/schema";
import { rankTopics } from "../../functions/queries/traction";
import { addDays, dayStartMs } from "../../shared/utc-day";
import { openDatabase } from "./support/events";

const today = "2026-11-20";

/** One steady topic: two posts with 20 engaged reads each day, and today's reads so far at `hour`. */
async function seedSteadyTopic(hour: number): Promise<void> {
  const db = openDatabase();
  await db.insert(posts).values([
    { slug: "a", path: "/posts/a/", title: "A", lang: "de", pubDate: "2026-01-01", comments: "open" },
    { slug: "b", path: "/posts/b/", title: "B", lang: "de", pubDate: "2026-01-01", comments: "open" },
  ]);
  await db.insert(postTopics).values([
    { postSlug: "a", topicSlug: "steady", topicName: "Steady" },
    { postSlug: "b", topicSlug: "steady", topicName: "Steady" },
  ]);
  const rows = Array.from({ length: 30 }, (_, back) => addDays(today, -back)).flatMap((day) =>
    ["/posts/a/", "/posts/b/"].map((path) => {
      const reads = day === today ? Math.round((20 * hour) / 24) : 20;
      return {
        day,
        path,
        views: reads * 2,
        visitors: reads * 2,
        engagedReads: reads,
        readThroughs: 0,
        engagedMs: 0,
        goals: 0,
        outboundClicks: 0,
      };
    }),
  );
  // D1 binds at most 100 values per statement: a batch of one insert per row.
  const [first, ...rest] = rows.map((row) => db.insert(dailyPageStats).values(row));
  if (first) await db.batch([first, ...rest]);
}

describe("a steady topic queried at any hour of the day", () => {
  it.each(Array.from({ length: 24 }, (_, hour) => hour))(
    "shows no fall at %i:30 UTC on the 7-day view",
    async (hour) => {
      await seedSteadyTopic(hour);
      const now = new Date(dayStartMs(today) + (hour * 60 + 30) * 60_000);
      const [topic] = await rankTopics(openDatabase(), { from: addDays(today, -6), to: today }, now);
      expect(topic?.trend).toMatchObject({ status: "steady", change: 0, significant: false });
    },
  );
});
