import { describe, expect, it } from "vitest";
import { eachDay } from "../../functions/traction/credit";
import { type PostPeriod, rankTopicsOf } from "../../functions/traction/rank";
import { createRandom, dayMultiplier, poisson, type Random } from "./support/simulated-traffic";

/**
 * The ranking's null case, simulated with a seeded generator: a topic whose one post had a
 * burst (a LinkedIn share) against a topic of four posts that steadily read a quarter better
 * than the site (2.5 against 2 engaged reads per post-day). With 30 extra reads in a day the
 * spike post's month is already above each steady post's (90 against 75 reads).
 */
const period = { from: "2026-03-01", to: "2026-03-30" };
const previous = { from: "2026-01-30", to: "2026-02-28" };
const days = [...eachDay(previous.from, previous.to), ...eachDay(period.from, period.to)];

function simulatePost(random: Random, slug: string, topic: string, rate: number, burst = 0): PostPeriod {
  const dailyReads = new Map(days.map((day) => [day, poisson(random, rate * dayMultiplier(random, 3))]));
  const burstDay = "2026-03-12";
  dailyReads.set(burstDay, (dailyReads.get(burstDay) ?? 0) + burst);
  const engagedReads = eachDay(period.from, period.to).reduce((sum, day) => sum + (dailyReads.get(day) ?? 0), 0);
  return {
    slug,
    pubDate: "2025-12-01",
    topics: [{ slug: topic, name: topic }],
    views: engagedReads * 2,
    visitors: engagedReads * 2,
    engagedReads,
    readThroughs: Math.round(engagedReads / 2),
    comments: poisson(random, engagedReads * 0.03),
    goals: poisson(random, engagedReads * 0.01),
    dailyReads,
  };
}

function simulateSite(random: Random, burst: number): PostPeriod[] {
  return [
    simulatePost(random, "spike-post", "spike", 2, burst),
    ...Array.from({ length: 4 }, (_, index) => simulatePost(random, `steady-${index}`, "steady", 2.5)),
    ...Array.from({ length: 24 }, (_, index) => simulatePost(random, `other-${index}`, `other-${index % 8}`, 2)),
  ];
}

describe("a one-post spike", () => {
  it.each([30, 60, 120])(
    "with %i extra reads in a day outranks a steady topic without its interval above the steady score in at most 1 percent of 200 months",
    (burst) => {
      const random = createRandom(burst);
      let unsupported = 0;
      for (let run = 0; run < 200; run += 1) {
        const ranking = rankTopicsOf({ period, previous, posts: simulateSite(random, burst) }).topics;
        const spike = ranking.findIndex((topic) => topic.slug === "spike");
        const steady = ranking.findIndex((topic) => topic.slug === "steady");
        const [spikeTopic, steadyTopic] = [ranking[spike], ranking[steady]];
        if (!spikeTopic || !steadyTopic) throw new Error("a topic is missing");
        if (spike < steady && spikeTopic.interval.low <= steadyTopic.score) unsupported += 1;
      }
      expect(unsupported).toBeLessThanOrEqual(2);
    },
  );
});
