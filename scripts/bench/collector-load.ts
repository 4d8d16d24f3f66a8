import autocannon from "autocannon";
import { readerUserAgent } from "../lib/user-agent.ts";
import { readerAddress } from "./load-pageviews.ts";

export interface LoadOptions {
  url: string;
  events: number;
  connections: number;
}

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/** A valid pageview from a reader who came from LinkedIn; `pageId` keeps each one distinct. */
function pageviewBody(url: string, pageId: string): string {
  return JSON.stringify({
    type: "pageview",
    url: `${url}/posts/why-pageviews-lie/`,
    referrer: "https://www.linkedin.com/",
    pageId,
    bot: false,
  });
}

/** Sends `events` pageview POSTs to the collector over `connections` parallel connections. */
export async function postPageviews({ url, events, connections }: LoadOptions): Promise<LoadResult> {
  const run = Date.now().toString(36);
  let built = 0;
  const result = await autocannon({
    url,
    connections,
    amount: events,
    requests: [
      {
        method: "POST",
        path: "/api/event",
        headers: { "content-type": "application/json", "user-agent": readerUserAgent },
        // One address per pageview, as many readers send them: one client is limited to
        // 120 events a minute (functions/analytics/event-limit.ts).
        setupRequest: (request) => {
          built += 1;
          const headers = { ...request.headers, "cf-connecting-ip": readerAddress(built) };
          return { ...request, headers, body: pageviewBody(url, `bench-${run}-${built}`) };
        },
      },
    ],
  });
  return summarize(result);
}

/**
 * The same load on GET /api/health (one D1 read, no write): it warms workerd up before
 * the measured run and shows what the local dev runtime costs any request.
 */
export async function getHealth({ url, events, connections }: LoadOptions): Promise<LoadResult> {
  return summarize(await autocannon({ url: `${url}/api/health`, connections, amount: events }));
}

function summarize(result: autocannon.Result): LoadResult {
  const ok = result["2xx"];
  return {
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}
