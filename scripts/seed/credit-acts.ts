/**
 * Credits the demo's goals and outbound clicks as the collector does when it stores them
 * (functions/analytics/pageview-source.ts): to their pageview's channel, or, for a page
 * reached through the site, to the same reader's latest entry from outside that day.
 */
import type { DayEvents, PageviewRow } from "./day-events.ts";

type Credit = { channel: string; source: string; campaign: string | null };

function creditOf(view: PageviewRow, entries: PageviewRow[]): Credit {
  const own = { channel: view.channel, source: view.source, campaign: view.utmCampaign ?? null };
  if (view.channel !== "internal") return own;
  const entry = entries.filter((candidate) => candidate.createdAt <= view.createdAt).at(-1);
  return entry ? { channel: entry.channel, source: entry.source, campaign: entry.utmCampaign ?? null } : own;
}

export function creditActs(events: DayEvents): void {
  const byPageId = new Map(events.pageviews.map((view) => [view.pageId, view]));
  const entriesByReader = new Map<string, PageviewRow[]>();
  for (const view of [...events.pageviews].sort((a, b) => a.createdAt - b.createdAt)) {
    if (view.channel === "internal") continue;
    entriesByReader.set(view.visitorId, [...(entriesByReader.get(view.visitorId) ?? []), view]);
  }
  for (const act of [...events.goals, ...events.outbound]) {
    const view = byPageId.get(act.pageId);
    if (view) Object.assign(act, creditOf(view, entriesByReader.get(view.visitorId) ?? []));
  }
}
