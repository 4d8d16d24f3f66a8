import { twoSidedP, z95 } from "./normal";
import type { Interval } from "./score";

/**
 * A group's share (engaged reads per view, goals per view) against the rest of the site:
 * a two-proportion z test, widened by a dispersion factor φ for views that arrive in bursts
 * and so vary more than independent trials (quasi-binomial; McCullagh & Nelder §4.5).
 */
export interface Share {
  hits: number;
  trials: number;
}

export interface ShareComparison {
  /** The group's share over the site's. */
  ratio: number;
  /** 95 % interval of the ratio (Katz's log method). */
  interval: Interval;
  pValue: number;
}

export function compareShare(group: Share, site: Share, dispersion: number): ShareComparison | null {
  const rest = { hits: site.hits - group.hits, trials: site.trials - group.trials };
  if (group.trials <= 0 || rest.trials <= 0 || site.hits <= 0) return null;
  const [p1, p0] = [group.hits / group.trials, rest.hits / rest.trials];
  const pooled = site.hits / site.trials;
  const spread = Math.sqrt(dispersion * pooled * (1 - pooled) * (1 / group.trials + 1 / rest.trials));
  const pValue = spread > 0 ? twoSidedP((p1 - p0) / spread) : 1;
  const ratio = p1 / (site.hits / site.trials);
  const logSd =
    group.hits > 0 && rest.hits > 0
      ? Math.sqrt(dispersion * (1 / group.hits - 1 / group.trials + 1 / rest.hits - 1 / rest.trials))
      : Number.POSITIVE_INFINITY;
  const interval = Number.isFinite(logSd)
    ? { low: ratio * Math.exp(-z95 * logSd), high: ratio * Math.exp(z95 * logSd) }
    : { low: 0, high: Number.POSITIVE_INFINITY };
  return { ratio, interval, pValue };
}

/**
 * How much more shares vary than binomial trials would: Pearson's X² of each cell's share
 * around its own stratum's (the cells of one channel across topics), over its degrees of
 * freedom, never below 1. Measured within strata, a real difference between strata (one
 * channel that reads less) does not count as noise.
 */
export function shareDispersion(strata: Share[][]): number {
  let x2 = 0;
  let freedom = 0;
  for (const cells of strata) {
    const used = cells.filter((cell) => cell.trials > 0);
    const trials = used.reduce((sum, cell) => sum + cell.trials, 0);
    const p = trials > 0 ? used.reduce((sum, cell) => sum + cell.hits, 0) / trials : 0;
    if (p <= 0 || p >= 1 || used.length < 2) continue;
    x2 += used.reduce((sum, cell) => sum + (cell.hits - cell.trials * p) ** 2 / (cell.trials * p * (1 - p)), 0);
    freedom += used.length - 1;
  }
  return freedom > 0 ? Math.max(1, x2 / freedom) : 1;
}
