import { eachDay } from "../../../functions/traction/credit";
import type { PostPeriod } from "../../../functions/traction/rank";
import { dayMultiplier, poisson, type Random } from "./simulated-traffic";

/**
 * One simulated post of the traction simulations: live through both periods, bursty daily
 * engaged reads (gamma day multipliers), half its views engaged, comments and goals a share
 * of its engaged reads. One home for the ranking's and the findings' simulations.
 */
export const simulatedPeriod = { from: "2026-03-01", to: "2026-03-30" };
export const simulatedPrevious = { from: "2026-01-30", to: "2026-02-28" };
const days = [
  ...eachDay(simulatedPrevious.from, simulatedPrevious.to),
  ...eachDay(simulatedPeriod.from, simulatedPeriod.to),
];

export interface SimulatedPost {
  slug: string;
  topic: string;
  /** Engaged reads per day, before the day's multiplier. */
  rate: number;
  /** Extra engaged reads on one day of the period (a share). */
  burst?: number;
  commentRate: number;
  goalRate: number;
}

export function simulatePost(random: Random, post: SimulatedPost): PostPeriod {
  const dailyReads = new Map(days.map((day) => [day, poisson(random, post.rate * dayMultiplier(random, 3))]));
  if (post.burst) {
    const burstDay = "2026-03-12";
    dailyReads.set(burstDay, (dailyReads.get(burstDay) ?? 0) + post.burst);
  }
  const engagedReads = eachDay(simulatedPeriod.from, simulatedPeriod.to).reduce(
    (sum, day) => sum + (dailyReads.get(day) ?? 0),
    0,
  );
  return {
    slug: post.slug,
    pubDate: "2025-12-01",
    topics: [{ slug: post.topic, name: post.topic }],
    views: engagedReads * 2,
    visitors: engagedReads * 2,
    engagedReads,
    readThroughs: Math.round(engagedReads / 2),
    comments: poisson(random, engagedReads * post.commentRate),
    goals: poisson(random, engagedReads * post.goalRate),
    dailyReads,
  };
}
