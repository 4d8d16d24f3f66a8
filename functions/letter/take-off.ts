import { benjaminiHochberg } from "../traction/false-discovery";
import { estimateOverdispersion } from "../traction/trend";

/**
 * "A post is taking off": today's engaged reads far beyond the post's usual day. The same
 * model as the trend test (docs/traction.md): daily reads as a negative binomial whose
 * overdispersion is estimated from the posts' own days, each post at least as bursty as the
 * typical one; all posts of a day form one family under Benjamini–Hochberg. Stricter than the
 * findings: a smaller false-discovery rate, and a floor on the reads and on the ratio, since
 * an alert interrupts the author's day.
 */
export const alertFalseDiscoveryRate = 0.002;
/** Fewer engaged reads today than this never alert, however quiet the post usually is. */
export const minimumAlertReads = 20;
/** Today must be at least this many times the usual day. */
export const minimumAlertRatio = 3;
/** Days of history a post needs before its usual level means something. */
export const minimumHistoryDays = 7;

export interface PostDays {
  slug: string;
  /** Engaged reads so far today (a partial day: the test is conservative before evening). */
  today: number;
  /** Engaged reads on each complete day the post was live, most recent first or in any order. */
  history: number[];
}

export interface TakeOff {
  slug: string;
  today: number;
  /** Mean engaged reads of the post's usual day. */
  usual: number;
  pValue: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const asDays = (history: number[]) => history.map((reads) => ({ reads, postDays: 1 }));

/**
 * P(Y ≥ y) for a negative binomial with mean `mean` and Var = mean + θ·mean², summed from its
 * probabilities (pmf(k+1) = pmf(k)·(k + r)/(k + 1)·(1 − p), r = 1/θ, p = r/(r + mean)): the
 * normal approximation understates this skewed tail, and an alert lives in the tail.
 */
export function negativeBinomialUpperTail(y: number, mean: number, theta: number): number {
  if (y <= 0) return 1;
  const r = 1 / theta;
  const p = r / (r + mean);
  let probability = Math.exp(r * Math.log(p));
  let below = 0;
  for (let k = 0; k < y; k++) {
    below += probability;
    probability *= ((k + r) / (k + 1)) * (1 - p);
  }
  return Math.max(0, 1 - below);
}

/** One-sided p-value of today's reads under the post's usual day, the usual day's own error included. */
function pValueOf(post: PostDays, theta: number): number {
  const n = post.history.length;
  // A post that was never read is compared with half a read a day rather than with nothing.
  const mean = Math.max(post.history.reduce((sum, reads) => sum + reads, 0) / n, 0.5);
  // The variance of today's reads around an estimated mean: (mean + θ·mean²)(1 + 1/n), as a wider θ.
  const widened = ((mean + theta * mean * mean) * (1 + 1 / n) - mean) / (mean * mean);
  return negativeBinomialUpperTail(post.today, mean, widened);
}

export function findTakeOffs(posts: PostDays[]): TakeOff[] {
  const tested = posts.filter((post) => post.history.length >= minimumHistoryDays);
  const thetas = tested.map((post) => estimateOverdispersion([{ current: asDays(post.history), previous: [] }]));
  const typical = median(thetas);
  const candidates = tested.map((post, index) => {
    const theta = Math.max(typical, ((thetas[index] ?? typical) + typical) / 2);
    const usual = post.history.reduce((sum, reads) => sum + reads, 0) / post.history.length;
    return { slug: post.slug, today: post.today, usual, pValue: pValueOf(post, theta) };
  });
  const passed = benjaminiHochberg(
    candidates.map((candidate) => candidate.pValue),
    alertFalseDiscoveryRate,
  );
  return candidates.filter(
    (candidate, index) =>
      passed[index] &&
      candidate.today >= minimumAlertReads &&
      candidate.today >= minimumAlertRatio * Math.max(candidate.usual, 1),
  );
}
