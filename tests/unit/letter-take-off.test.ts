/**
 * The take-off alert's test: on steady posts it stays silent (null-case simulation), and a
 * post read ten times its usual day is named.
 */
import { describe, expect, it } from "vitest";
import { alertFalseDiscoveryRate, findTakeOffs, type PostDays } from "../../functions/letter/take-off";
import { createRandom, dayMultiplier, poisson, type Random } from "./support/simulated-traffic";

/** Negative binomial daily reads as a gamma–Poisson mixture: Var = mean + theta·mean². */
function negativeBinomial(random: Random, mean: number, theta: number): number {
  return poisson(random, mean * dayMultiplier(random, 1 / theta));
}

function steadyPost(random: Random, slug: string, mean: number, theta: number): PostDays {
  const draw = () => negativeBinomial(random, mean, theta);
  return { slug, today: draw(), history: Array.from({ length: 28 }, draw) };
}

describe("the take-off alert", () => {
  it("stays silent on steady posts on at least 99 % of days (null-case simulation)", () => {
    const random = createRandom(20261205);
    const days = 2_000;
    let daysWithAlert = 0;
    for (let day = 0; day < days; day++) {
      const posts = [2, 5, 10, 25, 60, 120, 8, 15, 40, 3].map((mean, index) =>
        steadyPost(random, `post-${index}`, mean, 0.35),
      );
      if (findTakeOffs(posts).length > 0) daysWithAlert++;
    }
    expect(alertFalseDiscoveryRate).toBeLessThan(0.01);
    expect(daysWithAlert / days).toBeLessThanOrEqual(0.01);
  });

  it("names a post read ten times its usual day, and only it", () => {
    const random = createRandom(7);
    const posts = [5, 10, 25, 60].map((mean, index) => steadyPost(random, `post-${index}`, mean, 0.35));
    const usual = posts[2]?.history ?? [];
    const mean = usual.reduce((sum, reads) => sum + reads, 0) / usual.length;
    const spiking = { slug: "taking-off", today: Math.round(10 * mean), history: usual };
    const found = findTakeOffs([...posts, spiking]);
    expect(found.map((post) => post.slug)).toEqual(["taking-off"]);
    expect(found[0]?.usual).toBeCloseTo(mean, 5);
  });

  it("never alerts below twenty reads or without a week of history", () => {
    expect(findTakeOffs([{ slug: "quiet", today: 19, history: Array(28).fill(0) }])).toEqual([]);
    expect(findTakeOffs([{ slug: "new", today: 500, history: [1, 2, 1] }])).toEqual([]);
  });
});
