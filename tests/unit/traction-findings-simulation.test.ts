import { describe, expect, it } from "vitest";
import { type ChannelCell, type FindingKind, findFindings } from "../../functions/traction/findings";
import { type PostPeriod, rankTopicsOf } from "../../functions/traction/rank";
import { simulatedPeriod, simulatedPrevious, simulatePost } from "./support/simulated-posts";
import { binomial, createRandom, poisson, type Random } from "./support/simulated-traffic";

/**
 * The findings' null case and their power, simulated with a seeded generator: 12 topics of
 * 3 posts, 5 channels, every topic and channel alike unless a test says otherwise.
 */
const period = simulatedPeriod;
const previous = simulatedPrevious;
const channels = ["social", "search", "email", "direct", "referral"];
const topicSlugs = Array.from({ length: 12 }, (_, index) => `topic-${index}`);

interface Effects {
  /** Engaged share per view, by "topic/channel", else 0.4. */
  engaged?: Record<string, number>;
  /** Goal share per view, by channel, else 0.02. */
  goals?: Record<string, number>;
  /** Engaged reads per post-day, by topic, else 2. */
  reads?: Record<string, number>;
  /** Posts per topic, by topic, else 3. */
  posts?: Record<string, number>;
}

function simulatePosts(random: Random, effects: Effects): PostPeriod[] {
  return topicSlugs.flatMap((topic) =>
    Array.from({ length: effects.posts?.[topic] ?? 3 }, (_, index) =>
      simulatePost(random, {
        slug: `${topic}-${index}`,
        topic,
        rate: effects.reads?.[topic] ?? 2,
        commentRate: 0.02,
        goalRate: 0.02,
      }),
    ),
  );
}

function simulateCells(random: Random, effects: Effects): ChannelCell[] {
  return topicSlugs.flatMap((topic) =>
    channels.map((channel) => {
      const views = poisson(random, 60);
      return {
        topic,
        channel,
        views,
        engagedReads: binomial(random, views, effects.engaged?.[`${topic}/${channel}`] ?? 0.4),
        goals: binomial(random, views, effects.goals?.[channel] ?? 0.02),
      };
    }),
  );
}

function simulateFindings(random: Random, effects: Effects) {
  const ranking = rankTopicsOf({ period, previous, posts: simulatePosts(random, effects) });
  return findFindings({
    period,
    topics: ranking.topics,
    cells: simulateCells(random, effects),
    siteScore: ranking.site.score,
  });
}

function shareOfRuns(runs: number, seed: number, effects: Effects, hit: (kinds: FindingKind[]) => boolean): number {
  const random = createRandom(seed);
  let hits = 0;
  for (let run = 0; run < runs; run += 1) {
    if (hit(simulateFindings(random, effects).map((finding) => finding.kind))) hits += 1;
  }
  return hits / runs;
}

describe("findings on a steady site", () => {
  it("show nothing in at least 95 percent of 300 simulated months", () => {
    expect(shareOfRuns(300, 1, {}, (kinds) => kinds.length > 0)).toBeLessThanOrEqual(0.05);
  });
});

describe("findings of a real difference", () => {
  it.each<{ kind: FindingKind; effects: Effects }>([
    { kind: "channel-engages-topic", effects: { engaged: { "topic-3/social": 0.8 } } },
    {
      kind: "views-without-reading",
      effects: { engaged: Object.fromEntries(topicSlugs.map((t) => [`${t}/referral`, 0.1])) },
    },
    { kind: "channel-converts", effects: { goals: { email: 0.08 } } },
    { kind: "write-more", effects: { reads: { "topic-5": 12 }, posts: { "topic-5": 2 } } },
  ])("report $kind in at least 80 percent of 100 simulated months", ({ kind, effects }) => {
    expect(shareOfRuns(100, 2, effects, (kinds) => kinds.includes(kind))).toBeGreaterThanOrEqual(0.8);
  });

  it("are at most five", () => {
    const effects = { goals: { email: 0.1, social: 0.1 }, engaged: { "topic-1/search": 0.9, "topic-2/search": 0.9 } };
    const random = createRandom(3);
    expect(
      simulateFindings(random, { ...effects, reads: { "topic-4": 9 }, posts: { "topic-4": 1 } }).length,
    ).toBeLessThanOrEqual(5);
  });
});
