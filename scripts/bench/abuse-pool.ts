/** Sends many requests with a bounded number in flight, and keeps each one's status and time. */
export interface Answer {
  /** The HTTP status, or 0 when no answer came (connection refused or reset). */
  status: number;
  ms: number;
}

/** Runs `send(0…count-1)` with at most `concurrency` at once; the answers in the order of n. */
export async function sendAll(
  count: number,
  concurrency: number,
  send: (n: number) => Promise<Response>,
): Promise<Answer[]> {
  const answers: Answer[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const started = performance.now();
      try {
        const response = await send(n);
        await response.arrayBuffer();
        answers[n] = { status: response.status, ms: performance.now() - started };
      } catch {
        answers[n] = { status: 0, ms: performance.now() - started };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return answers;
}

/** How many answers had each status, as "202 × 120, 429 × 1880". */
export function describeStatuses(answers: readonly Answer[]): string {
  const counts = new Map<number, number>();
  for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status} × ${count}`)
    .join(", ");
}

export function countStatus(answers: readonly Answer[], status: number): number {
  return answers.filter((answer) => answer.status === status).length;
}
