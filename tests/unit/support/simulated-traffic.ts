import { createRandom, normal, type Random } from "../../../scripts/lib/random";

/**
 * Random counts for the traction simulations: a seeded source (scripts/lib/random.ts),
 * Poisson counts, and gamma-distributed day multipliers for bursty, overdispersed days.
 */
export { createRandom, type Random };

/** Poisson(mean): Knuth's product method for small means, the normal approximation above 30. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count += 1;
    product *= random.next();
  }
  return count;
}

/** Gamma(shape, 1/shape): mean 1, variance 1/shape (Marsaglia & Tsang 2000, for shape ≥ 1). */
export function dayMultiplier(random: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / shape;
  }
}

/** Binomial(trials, p): counted one by one up to 500 trials, the normal approximation above. */
export function binomial(random: Random, trials: number, p: number): number {
  if (trials > 500) {
    const mean = trials * p;
    return Math.min(trials, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(random))));
  }
  let hits = 0;
  for (let trial = 0; trial < trials; trial += 1) if (random.next() < p) hits += 1;
  return hits;
}
