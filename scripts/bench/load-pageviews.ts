/**
 * Scenario 1 of npm run bench:load: N pageviews at concurrency C on POST /api/event, each a
 * distinct reader, then the Cron Trigger; raw table and every roll-up must hold exactly N.
 */
import autocannon from "autocannon";
import { z } from "zod";
import { queryD1 } from "../lib/d1.ts";
import type { PreviewServer } from "../lib/preview-server.ts";
import { triggerCron } from "../lib/preview-server.ts";
import { readerUserAgent } from "../lib/user-agent.ts";
import type { Invariant, LoadFigures } from "./load-report.ts";

export interface PageviewLoad {
  figures: LoadFigures;
  invariants: Invariant[];
}

// A few pages and referrers, so that the roll-ups' sums run over several rows each.
const paths = ["/", "/posts/why-pageviews-lie/", "/posts/utm-links-that-survive-reporting/", "/topics/analytics/"];
const referrers = ["https://www.linkedin.com/", "https://www.google.com/", ""];

/**
 * The n-th reader's address in 198.18.0.0/15, the range RFC 2544 sets aside for benchmarks:
 * 131,072 addresses, so up to that many pageviews each come from another client.
 */
export function readerAddress(n: number): string {
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

async function sendPageviews(server: PreviewServer, pageviews: number, connections: number) {
  const run = Date.now().toString(36);
  let built = 0;
  return autocannon({
    url: server.url,
    connections,
    amount: pageviews,
    requests: [
      {
        method: "POST",
        path: "/api/event",
        // autocannon builds each request once, so every one it sends has its own page id and address.
        setupRequest: (request) => {
          const n = built++;
          const body = JSON.stringify({
            type: "pageview",
            url: new URL(paths[n % paths.length] ?? "/", server.url).href,
            referrer: referrers[n % referrers.length],
            pageId: `load-${run}-${n}`,
          });
          const headers = {
            ...request.headers,
            "content-type": "application/json",
            "user-agent": readerUserAgent,
            "cf-connecting-ip": readerAddress(n),
          };
          return { ...request, headers, body };
        },
      },
    ],
  });
}

const storedCounts = z.object({
  raw: z.number(),
  rawPages: z.number(),
  site: z.number(),
  visitors: z.number(),
  page: z.number(),
  source: z.number(),
  country: z.number(),
  device: z.number(),
  browser: z.number(),
});

// Sums over all days, so a run that crosses midnight UTC still adds up.
const countsSql = `SELECT
  (SELECT count(*) FROM pageviews) AS raw,
  (SELECT count(DISTINCT page_id) FROM pageviews) AS rawPages,
  (SELECT coalesce(sum(views), 0) FROM daily_site_stats) AS site,
  (SELECT coalesce(sum(visitors), 0) FROM daily_site_stats) AS visitors,
  (SELECT coalesce(sum(views), 0) FROM daily_page_stats) AS page,
  (SELECT coalesce(sum(views), 0) FROM daily_source_stats) AS source,
  (SELECT coalesce(sum(views), 0) FROM daily_dimension_stats WHERE dimension = 'country') AS country,
  (SELECT coalesce(sum(views), 0) FROM daily_dimension_stats WHERE dimension = 'device') AS device,
  (SELECT coalesce(sum(views), 0) FROM daily_dimension_stats WHERE dimension = 'browser') AS browser`;

function exactly(name: string, expected: number, actual: number | undefined): Invariant {
  return { name, holds: actual === expected, detail: `${actual ?? "no row"} (expected ${expected})` };
}

export async function runPageviewLoad(
  server: PreviewServer,
  pageviews: number,
  connections: number,
): Promise<PageviewLoad> {
  // Warms workerd up (one D1 read, no write) so the measured run does not include its first compile.
  await autocannon({ url: `${server.url}/api/health`, connections, amount: 200 });
  const result = await sendPageviews(server, pageviews, connections);
  const other = result.non2xx + result.errors + result.timeouts;
  await triggerCron(server.url, "*/5 * * * *");
  const [stored] = await queryD1(server.persistTo, countsSql, storedCounts);
  const figures: LoadFigures = {
    name: `POST /api/event pageview, concurrency ${connections}`,
    requests: result["2xx"] + other,
    ok: result["2xx"],
    refused: 0,
    other,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
  const invariants: Invariant[] = [
    {
      name: "pageviews: every request answered 2xx",
      holds: result["2xx"] === pageviews && other === 0,
      detail: `${result["2xx"]} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    },
    exactly("pageviews: raw table rows", pageviews, stored?.raw),
    exactly("pageviews: distinct page ids in raw table", pageviews, stored?.rawPages),
    exactly("pageviews: daily_site_stats views after the cron", pageviews, stored?.site),
    exactly("pageviews: daily_site_stats visitors (one per address)", pageviews, stored?.visitors),
    exactly("pageviews: daily_page_stats views", pageviews, stored?.page),
    exactly("pageviews: daily_source_stats views", pageviews, stored?.source),
    exactly("pageviews: daily_dimension_stats views by country", pageviews, stored?.country),
    exactly("pageviews: daily_dimension_stats views by device", pageviews, stored?.device),
    exactly("pageviews: daily_dimension_stats views by browser", pageviews, stored?.browser),
  ];
  return { figures, invariants };
}
