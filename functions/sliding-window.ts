/** What a rate limit counts: the client's events in the window that ends now, and the oldest one's time. */
export interface WindowCount {
  recent: number;
  oldest: number | null;
}

/**
 * Seconds until a client that reached `max` events in the last `windowMs` may act
 * again (its oldest event leaves the window), or 0 when it may now. Shared by the
 * comment rate limit and the sign-in throttle.
 */
export function secondsUntilWindowFrees(
  window: WindowCount | undefined,
  max: number,
  windowMs: number,
  now: Date,
): number {
  if (!window || window.recent < max || window.oldest === null) return 0;
  return Math.max(1, Math.ceil((window.oldest + windowMs - now.getTime()) / 1000));
}
