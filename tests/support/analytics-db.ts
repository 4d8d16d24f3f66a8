import { z } from "zod";
import { executeD1 } from "../../scripts/lib/d1";

const pageview = z.object({
  day: z.string(),
  page_id: z.string(),
  visitor_id: z.string(),
  path: z.string(),
  channel: z.string(),
  source: z.string(),
  referrer_host: z.string().nullable(),
  device: z.string(),
  browser: z.string(),
  engaged_ms: z.number(),
  scroll_depth: z.number(),
});
const click = z.object({ day: z.string(), page_id: z.string(), path: z.string() });
const outboundClick = click.extend({ target_host: z.string() });
const goalEvent = click.extend({ name: z.string() });

export type PageviewRow = z.infer<typeof pageview>;

/** The raw analytics events of the preview's D1, oldest first. */
export async function readRawEvents(persistTo: string) {
  const [pageviews, outboundClicks, goalEvents, botHits] = await executeD1(
    persistTo,
    [
      "SELECT day, page_id, visitor_id, path, channel, source, referrer_host, device, browser, engaged_ms, scroll_depth FROM pageviews ORDER BY id",
      "SELECT day, page_id, path, target_host FROM outbound_clicks ORDER BY id",
      "SELECT day, page_id, path, name FROM goal_events ORDER BY id",
      "SELECT coalesce(sum(hits), 0) AS hits FROM daily_bot_hits",
    ].join(";\n"),
  );
  return {
    pageviews: z.array(pageview).parse(pageviews),
    outboundClicks: z.array(outboundClick).parse(outboundClicks),
    goalEvents: z.array(goalEvent).parse(goalEvents),
    botHits: z.array(z.object({ hits: z.number() })).parse(botHits)[0]?.hits,
  };
}

const pageStats = z.object({
  day: z.string(),
  path: z.string(),
  views: z.number(),
  visitors: z.number(),
  engaged_reads: z.number(),
  read_throughs: z.number(),
  engaged_ms: z.number(),
  goals: z.number(),
  outbound_clicks: z.number(),
});
const sourceStats = z.object({
  day: z.string(),
  path: z.string(),
  channel: z.string(),
  source: z.string(),
  views: z.number(),
  visitors: z.number(),
  engaged_reads: z.number(),
});
const goalStats = z.object({ day: z.string(), path: z.string(), name: z.string(), conversions: z.number() });
const siteStats = z.object({ day: z.string(), views: z.number(), visitors: z.number() });

/** The daily roll-ups the cron writes from the raw events. */
export async function readRollUps(persistTo: string) {
  const [pages, sources, goals, site] = await executeD1(
    persistTo,
    [
      "SELECT * FROM daily_page_stats ORDER BY day, path",
      "SELECT * FROM daily_source_stats ORDER BY day, path, channel, source",
      "SELECT * FROM daily_goal_stats ORDER BY day, path, name",
      "SELECT * FROM daily_site_stats ORDER BY day",
    ].join(";\n"),
  );
  return {
    pages: z.array(pageStats).parse(pages),
    sources: z.array(sourceStats).parse(sources),
    goals: z.array(goalStats).parse(goals),
    site: z.array(siteStats).parse(site),
  };
}
