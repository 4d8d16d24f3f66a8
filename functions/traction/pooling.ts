/**
 * DerSimonian–Laird's moment estimate of the variance between true values that each
 * estimate x_i (with known sampling variance v_i) measures around a common centre: how much
 * of the spread is real rather than noise. 0 when the spread is no larger than chance.
 * DerSimonian & Laird (1986), Controlled Clinical Trials 7:177–188.
 */
export interface Estimate {
  value: number;
  variance: number;
}

export function betweenVariance(estimates: Estimate[], centre: number): number {
  const usable = estimates.filter((estimate) => estimate.variance > 0);
  if (usable.length < 2) return 0;
  let q = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const { value, variance } of usable) {
    const w = 1 / variance;
    q += w * (value - centre) ** 2;
    sumW += w;
    sumW2 += w * w;
  }
  const scale = sumW - sumW2 / sumW;
  return scale > 0 ? Math.max(0, (q - (usable.length - 1)) / scale) : 0;
}

/**
 * The empirical-Bayes posterior of a value measured as `estimate` when true values vary
 * around `centre` with variance `tau2`, estimated from `groups` values: pulled toward the
 * centre by the share of its variance that is noise. The variance adds what estimating
 * tau2 from few groups leaves open (Morris 1983, JASA 78:47–55, eq. 4.1), so a strongly
 * pulled value does not look more certain than it is. With fewer than four groups there is
 * nothing to pool with, and the value stays as measured.
 */
export function shrinkToward(estimate: Estimate, centre: number, tau2: number, groups: number): Estimate {
  if (estimate.variance <= 0 || groups < 4) return estimate;
  const noiseShare = estimate.variance / (estimate.variance + tau2);
  const distance = estimate.value - centre;
  return {
    value: centre + (1 - noiseShare) * distance,
    variance:
      estimate.variance * (1 - ((groups - 1) / groups) * noiseShare) +
      (2 / (groups - 3)) * noiseShare ** 2 * distance ** 2,
  };
}
