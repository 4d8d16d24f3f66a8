/**
 * The standard normal distribution, for the approximate tests and intervals of the traction
 * statistics. The CDF uses the Abramowitz–Stegun 7.1.26 approximation of erf (error < 1.5e-7),
 * far below what any decision here depends on.
 */
export const z80 = 1.2815515655446004;
export const z95 = 1.959963984540054;

function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}

export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** Two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}
