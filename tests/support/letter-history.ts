/**
 * Import lines (`npm run analytics:import`, docs/api.md "Importing history") for the weekly
 * letter's tests: engaged reads whose counts, channels and weeks are known.
 */
import { addDays } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";

const origin = new URL(siteConfig.url).origin;

export interface ReadOptions {
  referrer?: string;
  query?: string;
}

/** Makes engaged reads, each a pageview by a reader of its own and 45 seconds of reading. */
export function readMaker(prefix: string) {
  let serial = 0;
  return (path: string, day: string, options: ReadOptions = {}) => {
    serial++;
    const pageId = `${prefix}-${serial}`;
    const at = new Date(Date.parse(`${day}T09:00:00Z`) + serial * 1000);
    return [
      {
        type: "pageview",
        url: `${origin}${path}${options.query ?? ""}`,
        ...(options.referrer ? { referrer: options.referrer } : {}),
        pageId,
        at: at.toISOString(),
        visitor: `${prefix}-reader-${serial}`,
      },
      {
        type: "engagement",
        url: `${origin}${path}`,
        pageId,
        engagedMs: 45_000,
        scrollDepth: 90,
        at: new Date(at.getTime() + 60_000).toISOString(),
      },
    ];
  };
}

/** `perDay` engaged reads on each of the seven days from `monday`. */
export function readsEachDay(
  read: ReturnType<typeof readMaker>,
  path: string,
  monday: string,
  perDay: number,
  options: ReadOptions = {},
): object[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index)).flatMap((day) =>
    Array.from({ length: perDay }, () => read(path, day, options)).flat(),
  );
}
