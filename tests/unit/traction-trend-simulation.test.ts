import { describe, expect, it } from "vitest";
import { compareTopics, type DayCount, type TopicDays } from "../../functions/traction/trend";
import { createRandom, dayMultiplier, poisson, type Random } from "./support/simulated-traffic";

/**
 * The trend's null case and power, simulated with a seeded generator. Each topic has posts
 * that each draw Poisson(rate) engaged reads per day, times a gamma day multiplier with
 * variance 1/3 shared by the topic's posts that day: bursty days (a newsletter, a share)
 * like a real blog's, not a textbook Poisson.
 */
interface SimulatedTopic {
  /** Posts live through both periods. */
  posts: number;
  /** Engaged reads per post-day, before and now. */
  rateBefore: number;
  rateNow: number;
  /** A post published on this day of the current period (0-based), if any. */
  newPostOn?: number;
}

const burstiness = 3;

function simulateDays(random: Random, topic: SimulatedTopic, rate: number, days: number, newPostOn?: number) {
  const counts: DayCount[] = [];
  for (let day = 0; day < days; day += 1) {
    const posts = topic.posts + (newPostOn !== undefined && day >= newPostOn ? 1 : 0);
    const multiplier = dayMultiplier(random, burstiness);
    let reads = 0;
    for (let post = 0; post < posts; post += 1) reads += poisson(random, rate * multiplier);
    counts.push({ reads, postDays: posts });
  }
  return counts;
}

function simulatePeriod(random: Random, topics: SimulatedTopic[], days: number): Map<string, TopicDays> {
  return new Map(
    topics.map((topic, index) => [
      `topic-${index}`,
      {
        previous: simulateDays(random, topic, topic.rateBefore, days),
        current: simulateDays(random, topic, topic.rateNow, days, topic.newPostOn),
      },
    ]),
  );
}

function share(runs: number, seed: number, run: (random: Random) => boolean): number {
  const random = createRandom(seed);
  let hits = 0;
  for (let index = 0; index < runs; index += 1) if (run(random)) hits += 1;
  return hits / runs;
}

const steady = (rate: number, posts = 3): SimulatedTopic => ({ posts, rateBefore: rate, rateNow: rate });

describe("the trend under no change", () => {
  it.each([
    { days: 7, runs: 600 },
    { days: 30, runs: 600 },
    { days: 90, runs: 300 },
  ])("flags any of 20 steady topics in at most 5 percent of $runs $days-day periods", ({ days, runs }) => {
    const topics = Array.from({ length: 20 }, (_, index) => ({
      ...steady(1.5),
      // Publishing is not a change: a fifth of the topics gets a new post during the period.
      ...(index % 5 === 0 ? { newPostOn: Math.floor(days / 2) } : {}),
    }));
    const falseAlarms = share(runs, days, (random) =>
      [...compareTopics(simulatePeriod(random, topics, days)).values()].some((trend) => trend.significant),
    );
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });

  it("never calls a topic rising because it published more posts at the same rate per post", () => {
    const topics = [
      { posts: 2, rateBefore: 2, rateNow: 2, newPostOn: 0 },
      ...Array.from({ length: 9 }, () => steady(2)),
    ];
    const rising = share(
      400,
      11,
      (random) => compareTopics(simulatePeriod(random, topics, 30)).get("topic-0")?.status === "rising",
    );
    expect(rising).toBeLessThanOrEqual(0.05);
  });
});

describe("the trend under real change", () => {
  // Stated volumes (docs/traction.md): 3 posts at 2.5 engaged reads per post-day (about 225
  // engaged reads a month in the topic) before, 19 other topics alike, a 30-day view.
  it("flags a topic whose read rate doubles as rising in at least 80 % of simulations", () => {
    const topics = [{ posts: 3, rateBefore: 2.5, rateNow: 5 }, ...Array.from({ length: 19 }, () => steady(2.5))];
    const found = share(
      400,
      5,
      (random) => compareTopics(simulatePeriod(random, topics, 30)).get("topic-0")?.status === "rising",
    );
    expect(found).toBeGreaterThanOrEqual(0.8);
  });

  it("labels a topic without posts in the previous period new, not null", () => {
    const trends = compareTopics(
      new Map([
        ["fresh", { previous: [{ reads: 0, postDays: 0 }], current: [{ reads: 12, postDays: 1 }] }],
        ["old", { previous: [{ reads: 10, postDays: 1 }], current: [{ reads: 12, postDays: 1 }] }],
      ]),
    );
    expect(trends.get("fresh")).toMatchObject({ status: "new", change: null, significant: false });
    expect(trends.get("old")).toMatchObject({ status: "steady", significant: false });
    expect(trends.get("old")?.change).toBeCloseTo(0.2, 10);
  });
});
