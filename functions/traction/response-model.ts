/**
 * How often reading turns into a response (a comment or a goal), per engaged read, shrunk
 * toward the site's rate: the posterior of a beta-binomial model whose prior is the site's
 * rate with the weight of `priorReads` engaged reads (docs/traction.md, "Response rate").
 */
export const priorReads = 50;

export interface ResponseRate {
  rate: number;
  sd: number;
}

export function siteResponseRate(responses: number, engagedReads: number): number {
  return engagedReads > 0 ? Math.min(1, responses / engagedReads) : 0;
}

export function shrinkResponseRate(responses: number, engagedReads: number, siteRate: number): ResponseRate {
  // A response without an engaged read (a quick goal click) still counts, but never beyond one per read.
  const successes = Math.min(responses, engagedReads);
  const alpha = successes + priorReads * siteRate;
  const total = engagedReads + priorReads;
  const rate = alpha / total;
  return { rate, sd: Math.sqrt((rate * (1 - rate)) / (total + 1)) };
}
