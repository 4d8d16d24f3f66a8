import { z80 } from "./normal";
import type { TopicReads } from "./reads-model";
import type { ResponseRate } from "./response-model";

/**
 * The traction score (docs/traction.md): engaged reads per post-day, weighted by how often
 * reading turns into a response. Both parts are shrunk toward the site before they meet.
 */
/** A response rate of 10 % doubles a topic's score. */
export const responseWeight = 10;
/** Below these a topic is flagged: its rates say little yet. */
export const minimumViews = 100;
export const minimumEngagedReads = 20;

export interface Interval {
  low: number;
  high: number;
}

export interface TopicScore {
  score: number;
  /** 80 % interval of the score: two topics whose intervals overlap cannot be told apart. */
  interval: Interval;
}

/**
 * score = reads per post-day × (1 + 10 × response rate), with an 80 % interval from the
 * delta method on the log scale (the two parts' uncertainties combined).
 */
export function scoreTopic(reads: TopicReads, response: ResponseRate): TopicScore {
  const multiplier = 1 + responseWeight * response.rate;
  const score = reads.rate * multiplier;
  if (score <= 0) return { score: 0, interval: { low: 0, high: z80 * reads.sd * multiplier } };
  const logSd = Math.hypot(reads.sd / reads.rate, (responseWeight * response.sd) / multiplier);
  return { score, interval: { low: score * Math.exp(-z80 * logSd), high: score * Math.exp(z80 * logSd) } };
}

export function isLowSample(counts: { views: number; engagedReads: number }): boolean {
  return counts.views < minimumViews || counts.engagedReads < minimumEngagedReads;
}
