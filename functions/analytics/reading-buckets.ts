/**
 * The buckets of the reading histogram (daily_reading_stats): engaged seconds, finer where
 * most readers stop, and article depth with the quarters as edges. One owner for the roll-up that fills them
 * and the report that reads medians from them.
 */
export const secondsBuckets = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200] as const;
export const depthBuckets = [0, 10, 25, 40, 50, 60, 75, 90, 100] as const;

/** SQL that maps a column to the lower end of its bucket. */
export function bucketSql(column: string, buckets: readonly number[]): string {
  const cases = [...buckets]
    .reverse()
    .map((low) => `WHEN ${column} >= ${low} THEN ${low}`)
    .join(" ");
  return `CASE ${cases} ELSE 0 END`;
}

export interface Bucket {
  bucket: number;
  views: number;
}

/**
 * The median of a histogram, interpolated linearly inside the bucket where half the views
 * are reached; the last bucket has no upper end and gives its lower one. Null when empty.
 */
export function histogramMedian(histogram: Bucket[], buckets: readonly number[]): number | null {
  const total = histogram.reduce((sum, row) => sum + row.views, 0);
  if (total === 0) return null;
  const counts = new Map(histogram.map((row) => [row.bucket, row.views]));
  let below = 0;
  for (const [index, low] of buckets.entries()) {
    const views = counts.get(low) ?? 0;
    if (below + views >= total / 2 && views > 0) {
      const high = buckets[index + 1];
      if (high === undefined) return low;
      return low + ((total / 2 - below) / views) * (high - low);
    }
    below += views;
  }
  return buckets[buckets.length - 1] ?? null;
}

/** The share of views that got at least `depth` percent into the article. */
export function shareReaching(histogram: Bucket[], depth: number): number {
  const total = histogram.reduce((sum, row) => sum + row.views, 0);
  if (total === 0) return 0;
  return histogram.filter((row) => row.bucket >= depth).reduce((sum, row) => sum + row.views, 0) / total;
}
