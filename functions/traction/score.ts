/**
 * The traction score (docs/traction.md): engaged reads per post, multiplied by how
 * often reading turns into a response (comment or goal), with that rate shrunk
 * toward the site-wide rate so that small samples cannot win by luck.
 */
export interface TopicCounts {
  posts: number;
  views: number;
  visitors: number;
  engagedReads: number;
  comments: number;
  goals: number;
}

export interface SiteRates {
  /** Site-wide engaged reads per view. */
  readThrough: number;
  /** Site-wide responses (comments + goals) per engaged read. */
  response: number;
}

/** Prior strength in views for the read-through rate, and in engaged reads for the response rate. */
export const priorViews = 50;
export const priorReads = 30;
/** A response rate of 10 % doubles a topic's score. */
export const responseWeight = 10;
/** Below these a topic is flagged: its rates say little yet. */
export const minimumViews = 100;
export const minimumEngagedReads = 20;

/** Beta-binomial posterior mean: (successes + k·prior) / (trials + k). */
export function shrinkRate(successes: number, trials: number, priorRate: number, strength: number): number {
  return (successes + strength * priorRate) / (trials + strength);
}

export function siteRates(total: TopicCounts): SiteRates {
  return {
    readThrough: total.views > 0 ? total.engagedReads / total.views : 0,
    response: total.engagedReads > 0 ? (total.comments + total.goals) / total.engagedReads : 0,
  };
}

export interface TopicScore {
  readThroughRate: number;
  responseRate: number;
  score: number;
  lowSample: boolean;
}

export function scoreTopic(counts: TopicCounts, site: SiteRates): TopicScore {
  const readThroughRate = shrinkRate(counts.engagedReads, counts.views, site.readThrough, priorViews);
  const responses = counts.comments + counts.goals;
  const responseRate = shrinkRate(responses, counts.engagedReads, site.response, priorReads);
  const readsPerPost = counts.engagedReads / Math.max(1, counts.posts);
  return {
    readThroughRate,
    responseRate,
    score: readsPerPost * (1 + responseWeight * responseRate),
    lowSample: counts.views < minimumViews || counts.engagedReads < minimumEngagedReads,
  };
}

export interface Trend {
  /** Relative change of engaged reads against the previous period (0.25 = +25 %). */
  change: number;
  /** True when the change is larger than chance (two-sided, 95 %). */
  significant: boolean;
}

/**
 * Engaged reads now against the previous period of the same length. Treating both
 * counts as Poisson, the conditional test on their sum gives z = (a − b) / √(a + b).
 */
export function compareWithPrevious(current: number, previous: number): Trend | null {
  // Without engaged reads in the previous period there is nothing to compare with.
  if (previous === 0) return null;
  const z = (current - previous) / Math.sqrt(current + previous);
  return { change: (current - previous) / previous, significant: Math.abs(z) > 1.96 };
}
