/**
 * A seeded pseudo-random source, so that `--seed N` makes the same demo data on every
 * machine. mulberry32: tiny, fast and good enough for synthetic traffic (not for secrets).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let mixed = state;
      mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
    },
  };
}

/** A stable number for a string (FNV-1a), to derive per-post or per-day seeds from the run's seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function chance(random: Random, probability: number): boolean {
  return random.next() < probability;
}

/** An integer in [min, max], both inclusive. */
export function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new Error("pickOne: no items");
  return item;
}

/** Standard normal deviate (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal with the given median: reading times and popularity are skewed like this. */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(random));
}

export type Weighted<T> = readonly (readonly [T, number])[];

/** A sampler over weighted items: cumulative weights and a binary search, for tables sampled often. */
export function weightedSampler<T>(items: Weighted<T>): (random: Random) => T {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of items) {
    if (weight <= 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error("weightedSampler: no item has a positive weight");
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const value = values[low];
    if (value === undefined) throw new Error("weightedSampler: index out of range");
    return value;
  };
}
