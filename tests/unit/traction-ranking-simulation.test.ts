import { describe, expect, it } from "vitest";
import { type PostPeriod, rankTopicsOf } from "../../functions/traction/rank";
import { simulatedPeriod, simulatedPrevious, simulatePost } from "./support/simulated-posts";
import { createRandom, type Random } from "./support/simulated-traffic";

/**
 * The ranking's null case, simulated with a seeded generator: a topic whose one post had a
 * burst (a LinkedIn share) against a topic of four posts that steadily read a quarter better
 * than the site (2.5 against 2 engaged reads per post-day). With 30 extra reads in a day the
 * spike post's month is already above each steady post's (90 against 75 reads).
 */
const period = simulatedPeriod;
const previous = simulatedPrevious;
const responses = { commentRate: 0.03, goalRate: 0.01 };

function simulateSite(random: Random, burst: number): PostPeriod[] {
  return [
    simulatePost(random, { slug: "spike-post", topic: "spike", rate: 2, burst, ...responses }),
    ...Array.from({ length: 4 }, (_, index) =>
      simulatePost(random, { slug: `steady-${index}`, topic: "steady", rate: 2.5, ...responses }),
    ),
    ...Array.from({ length: 24 }, (_, index) =>
      simulatePost(random, { slug: `other-${index}`, topic: `other-${index % 8}`, rate: 2, ...responses }),
    ),
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
