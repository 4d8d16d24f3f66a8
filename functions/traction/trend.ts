import { benjaminiHochberg } from "./false-discovery";
import { twoSidedP, z95 } from "./normal";
import type { Interval } from "./score";

/**
 * Whether a topic's engaged reads per post-day changed against the previous period of the
 * same length (docs/traction.md, "The trend"). Exposure-adjusted, so a new post does not
 * make its topic "rising"; negative binomial, so ordinary bursts (a newsletter day, a share)
 * widen the test instead of tripping it; and Benjamini–Hochberg across topics, so testing
 * twenty topics does not find one by chance.
 */
export interface DayCount {
  reads: number;
  postDays: number;
}

export interface TopicDays {
  current: DayCount[];
  previous: DayCount[];
}

export type TrendStatus = "rising" | "falling" | "steady" | "new";

export interface Trend {
  /** Relative change of engaged reads per post-day (0.25 = +25 %); null for a new topic or from zero. */
  change: number | null;
  /** True when the change passes the test after the false-discovery control. */
  significant: boolean;
  status: TrendStatus;
  /** 95 % interval of `change`, where one can be given. */
  interval: Interval | null;
  /** The test's p-value before the false-discovery control; null for a new topic. */
  pValue: number | null;
}

const total = (days: DayCount[], key: keyof DayCount) => days.reduce((sum, day) => sum + day[key], 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * How much more the daily counts vary than Poisson would, as a negative binomial's
 * θ in Var(y) = μ + θμ² (θ = 0 is Poisson). One moment estimate over the given topics and
 * both periods, with each period's own rate as μ and the fitted rates' degrees of freedom
 * given back (Anscombe 1950, Biometrika 37:358–382).
 */
export function estimateOverdispersion(topics: TopicDays[]): number {
  let squares = 0;
  let means = 0;
  let meanSquares = 0;
  let cells = 0;
  let fitted = 0;
  for (const days of topics.flatMap((topic) => [topic.current, topic.previous])) {
    const reads = total(days, "reads");
    const postDays = total(days, "postDays");
    if (reads <= 0 || postDays <= 0) continue;
    const rate = reads / postDays;
    const live = days.filter((day) => day.postDays > 0);
    for (const day of live) {
      const expected = rate * day.postDays;
      squares += (day.reads - expected) ** 2;
      means += expected;
      meanSquares += expected ** 2;
    }
    cells += live.length;
    fitted += 1;
  }
  if (cells <= fitted || meanSquares <= 0) return 0;
  return Math.max(0, ((squares * cells) / (cells - fitted) - means) / meanSquares);
}

interface Tested {
  change: number | null;
  interval: Interval | null;
  pValue: number | null;
  higher: boolean;
}

/** The variance of a period's total reads at `rate` per post-day under the negative binomial. */
function periodVariance(days: DayCount[], rate: number, theta: number): number {
  return days.reduce((sum, day) => {
    const mean = rate * day.postDays;
    return sum + mean + theta * mean * mean;
  }, 0);
}

/**
 * A Wald test of equal reads per post-day in both periods, with each period's variance
 * taken under the common rate: z = (r₁ − r₀) / √(V₁/E₁² + V₀/E₀²).
 */
function testTopic({ current, previous }: TopicDays, theta: number): Tested {
  const [y1, e1, y0, e0] = [
    total(current, "reads"),
    total(current, "postDays"),
    total(previous, "reads"),
    total(previous, "postDays"),
  ];
  if (e0 <= 0 || e1 <= 0) return { change: null, interval: null, pValue: null, higher: false };
  const common = (y0 + y1) / (e0 + e1);
  const spreadUnderNull = Math.sqrt(
    periodVariance(current, common, theta) / e1 ** 2 + periodVariance(previous, common, theta) / e0 ** 2,
  );
  const [now, before] = [y1 / e1, y0 / e0];
  const pValue = spreadUnderNull > 0 ? twoSidedP((now - before) / spreadUnderNull) : 1;
  if (y0 <= 0) return { change: null, interval: null, pValue, higher: now > before };
  const interval =
    y1 > 0
      ? (() => {
          // The log rate ratio's standard error, each period at its own rate.
          const logSd = Math.sqrt(
            periodVariance(current, now, theta) / y1 ** 2 + periodVariance(previous, before, theta) / y0 ** 2,
          );
          const ratio = now / before;
          return { low: ratio * Math.exp(-z95 * logSd) - 1, high: ratio * Math.exp(z95 * logSd) - 1 };
        })()
      : null;
  return { change: now / before - 1, interval, pValue, higher: now > before };
}

/** The trend of every topic; a topic with no post live in the previous period is "new". */
export function compareTopics(topics: Map<string, TopicDays>): Map<string, Trend> {
  const thetas = [...topics].map(([slug, days]) => [slug, estimateOverdispersion([days])] as const);
  // Each topic is at least as bursty as the typical topic, and more when its own days say so
  // (halfway, as one topic's estimate is noisy): a share that brought one topic 200 reads in
  // a day widens its own test, not everyone's.
  const typical = median(thetas.map(([, theta]) => theta));
  const thetaOf = new Map(thetas.map(([slug, theta]) => [slug, Math.max(typical, (theta + typical) / 2)]));
  const tested = [...topics].map(([slug, days]) => ({ slug, ...testTopic(days, thetaOf.get(slug) ?? typical) }));
  const comparable = tested.filter((topic) => topic.pValue !== null);
  const flags = benjaminiHochberg(comparable.map((topic) => topic.pValue ?? 1));
  const significant = new Set(comparable.filter((_, index) => flags[index]).map((topic) => topic.slug));
  return new Map(
    tested.map(({ slug, change, interval, pValue, higher }) => {
      const flagged = significant.has(slug);
      const status: TrendStatus = pValue === null ? "new" : flagged ? (higher ? "rising" : "falling") : "steady";
      return [slug, { change, significant: flagged, status, interval, pValue }];
    }),
  );
}
