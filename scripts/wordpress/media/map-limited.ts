/**
 * `items.map(work)` with at most `limit` calls pending at once, results in the items' order.
 * The workers share one iterator, and each takes the next item when its previous one is done.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  const queue = items.entries();
  async function runWorker(): Promise<void> {
    for (const [index, item] of queue) results[index] = await work(item);
  }
  const workerCount = Math.min(Math.max(1, Math.floor(limit)), items.length);
  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results;
}
