/**
 * Scenarios 2 and 3 of npm run bench:abuse. An event flood from one client, beside real
 * readers, each on their own address: the flood is limited and the readers' counts are
 * untouched. Then thousands of distinct junk campaigns, referrer hosts and paths from as many
 * addresses: after the cron, the day's roll-ups hold a bounded number of rows and lose no view.
 */
import { z } from "zod";
import { queryD1, sqlText } from "../lib/d1.ts";
import { type PreviewServer, triggerCron } from "../lib/preview-server.ts";
import { readerUserAgent } from "../lib/user-agent.ts";
import { countStatus, describeStatuses, sendAll } from "./abuse-pool.ts";
import { readerAddress } from "./load-pageviews.ts";
import type { Invariant } from "./load-report.ts";

export interface EventAbuse {
  invariants: Invariant[];
  lines: string[];
}

const floodPath = "/posts/why-pageviews-lie/";
const readerPath = "/posts/utm-links-that-survive-reporting/";

function pageview(
  server: PreviewServer,
  address: string,
  url: string,
  pageId: string,
  referrer = "",
): Promise<Response> {
  return fetch(`${server.url}/api/event`, {
    method: "POST",
    headers: { "Content-Type": "text/plain", "User-Agent": readerUserAgent, "CF-Connecting-IP": address },
    body: JSON.stringify({ type: "pageview", url, referrer, pageId }),
  });
}

const countRow = z.object({ n: z.number() });

async function count(server: PreviewServer, sql: string): Promise<number> {
  const [row] = await queryD1(server.persistTo, sql, countRow);
  return row?.n ?? 0;
}

export async function runEventFlood(
  server: PreviewServer,
  settings: { flood: number; readers: number; limit: number },
): Promise<EventAbuse> {
  const run = `flood-${Date.now().toString(36)}`;
  const floodUrl = new URL(floodPath, server.url).href;
  const readerUrl = new URL(readerPath, server.url).href;
  // The flood and the readers at the same time: the readers must not pay for it.
  const startedMinute = Math.floor(Date.now() / 60_000);
  const [flood, readers] = await Promise.all([
    sendAll(settings.flood, 32, (n) => pageview(server, "203.0.113.200", floodUrl, `${run}-f-${n}`)),
    sendAll(settings.readers, 8, (n) => pageview(server, readerAddress(100_000 + n), readerUrl, `${run}-r-${n}`)),
  ]);
  // The limiter counts in fixed minutes: a flood that spans two of them may pass the limit in each.
  const allowed = settings.limit * (Math.floor(Date.now() / 60_000) - startedMinute + 1);
  const storedFlood = await count(
    server,
    `SELECT count(*) AS n FROM pageviews WHERE page_id LIKE ${sqlText(`${run}-f-%`)}`,
  );
  const storedReaders = await count(
    server,
    `SELECT count(*) AS n FROM pageviews WHERE page_id LIKE ${sqlText(`${run}-r-%`)}`,
  );
  return {
    lines: [
      `flood: ${settings.flood} pageviews from one address: ${describeStatuses(flood)}; ${storedFlood} stored`,
      `readers: ${settings.readers} pageviews from as many addresses at the same time: ${describeStatuses(readers)}; ${storedReaders} stored`,
    ],
    invariants: [
      {
        name: "an event flood from one client is limited",
        holds: storedFlood <= allowed && countStatus(flood, 429) > 0 && storedFlood === countStatus(flood, 202),
        detail: `${storedFlood} of ${settings.flood} stored (limit ${settings.limit} a minute, ${allowed} in the minutes it ran), ${countStatus(flood, 429)} answered 429`,
      },
      {
        name: "real readers' counts are unchanged by the flood",
        holds: storedReaders === settings.readers,
        detail: `${storedReaders} of ${settings.readers} readers' pageviews stored`,
      },
    ],
  };
}

export async function runJunkValues(
  server: PreviewServer,
  settings: { values: number; bound: number },
): Promise<EventAbuse> {
  const run = `junk-${Date.now().toString(36)}`;
  const answers = await sendAll(settings.values, 32, (n) => {
    const url = new URL(`/posts/why-pageviews-lie/?utm_source=spam&utm_campaign=${run}-${n}`, server.url);
    // Every tenth a made-up path, every pageview a made-up referrer host.
    if (n % 10 === 0) url.pathname = `/wp-login-${run}-${n}.php`;
    return pageview(server, readerAddress(n), url.href, `${run}-${n}`, `https://spam-${n}.${run}.example/`);
  });
  await triggerCron(server.url, "*/5 * * * *");
  const campaigns = await count(
    server,
    "SELECT count(DISTINCT campaign) AS n FROM daily_source_stats WHERE day = (SELECT max(day) FROM daily_source_stats)",
  );
  const dimensionCampaigns = await count(
    server,
    "SELECT count(*) AS n FROM daily_dimension_stats WHERE dimension = 'campaign' AND day = (SELECT max(day) FROM daily_dimension_stats)",
  );
  const paths = await count(
    server,
    "SELECT count(*) AS n FROM daily_page_stats WHERE day = (SELECT max(day) FROM daily_page_stats)",
  );
  const sources = await count(
    server,
    "SELECT count(DISTINCT source) AS n FROM daily_source_stats WHERE day = (SELECT max(day) FROM daily_source_stats)",
  );
  const accepted = countStatus(answers, 202);
  const viewsKept = await count(
    server,
    "SELECT coalesce(sum(views), 0) AS n FROM daily_dimension_stats WHERE dimension = 'campaign' AND day = (SELECT max(day) FROM daily_dimension_stats)",
  );
  const rows = Math.max(campaigns, dimensionCampaigns, paths, sources);
  return {
    lines: [
      `${settings.values} pageviews, each with its own campaign and referrer host, every tenth on a made-up path: ${describeStatuses(answers)}`,
      `after the cron, the day's roll-ups hold ${campaigns} campaigns in the source table, ${dimensionCampaigns} in the campaign table, ${sources} sources and ${paths} paths`,
    ],
    invariants: [
      {
        name: "10,000 junk values keep the roll-ups bounded",
        holds: accepted === settings.values && rows <= settings.bound + 2,
        detail: `at most ${rows} distinct values per dimension and day (bound ${settings.bound}, plus "(other)" and "(not a page)")`,
      },
      {
        name: "folding loses no view",
        holds: viewsKept >= accepted,
        detail: `the campaign roll-up sums ${viewsKept} views, ${accepted} junk pageviews were accepted`,
      },
    ],
  };
}
