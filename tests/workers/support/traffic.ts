import { collectEvent } from "../../../functions/analytics/collect";
import { dailyGoalStats, dailyPageStats, dailySiteStats, dailySourceStats } from "../../../functions/db/schema";
import type { Database } from "../../../functions/env";
import {
  chromeUserAgent,
  firefoxUserAgent,
  makeContext,
  makeEngagement,
  makeGoal,
  makeOutbound,
  makePageId,
  makePageview,
  siteOrigin,
} from "./events";

/**
 * A day of reader traffic sent through the collector as the tracker would send it,
 * and the four roll-ups read back in a stable order.
 */

/** Three readers: anna and ben share a User-Agent, anna and cem an IP address. */
const readers = {
  anna: { ip: "203.0.113.1", userAgent: chromeUserAgent },
  ben: { ip: "203.0.113.2", userAgent: chromeUserAgent },
  cem: { ip: "203.0.113.1", userAgent: firefoxUserAgent },
};

export type Reader = keyof typeof readers;

export interface View {
  reader: Reader;
  path: string;
  referrer?: string;
  query?: string;
  /** Engagement reports in the order the tracker sends them: [engagedMs, scrollDepth]. */
  engagement?: [number, number][];
}

export interface Day {
  day: string;
  views: View[];
  goals: { path: string; name: string }[];
  outbound: string[];
}

function at(day: string, reader: Reader) {
  return makeContext({ ...readers[reader], now: new Date(`${day}T10:00:00Z`) });
}

/** A counted pageview and the reader who opened it: only that reader's goals and clicks count on it. */
interface OpenedPage {
  pageId: string;
  reader: Reader;
}

/**
 * The pageview a goal or outbound click happens on: the views of its path that day in turn
 * (the k-th click on a path goes to its k-th view, wrapping), or, for a path without a view
 * that day, a view anna opened just before midnight the day before.
 */
function pageviewChooser(db: Database, day: string, viewed: Map<string, OpenedPage[]>) {
  const used = new Map<string, number>();
  return async (path: string): Promise<OpenedPage> => {
    const pages = viewed.get(path) ?? [];
    const turn = used.get(path) ?? 0;
    used.set(path, turn + 1);
    const page = pages[turn % Math.max(1, pages.length)];
    if (page) return page;
    const pageId = makePageId();
    const night = makeContext({ ...readers.anna, now: new Date(Date.parse(`${day}T00:00:00Z`) - 60_000) });
    await collectEvent(db, makePageview({ url: `${siteOrigin}${path}`, pageId }), night);
    const opened: OpenedPage = { pageId, reader: "anna" };
    viewed.set(path, [opened]);
    return opened;
  };
}

export async function seedDay(db: Database, { day, views, goals, outbound }: Day): Promise<void> {
  const viewed = new Map<string, OpenedPage[]>();
  for (const { reader, path, referrer, query = "", engagement = [] } of views) {
    const pageId = makePageId();
    const url = `${siteOrigin}${path}${query}`;
    viewed.set(path, [...(viewed.get(path) ?? []), { pageId, reader }]);
    await collectEvent(db, makePageview({ url, pageId, ...(referrer ? { referrer } : {}) }), at(day, reader));
    for (const [engagedMs, scrollDepth] of engagement) {
      await collectEvent(db, makeEngagement({ url, pageId, engagedMs, scrollDepth }), at(day, reader));
    }
  }
  const goalPageview = pageviewChooser(db, day, new Map(viewed));
  for (const { path, name } of goals) {
    const { pageId, reader } = await goalPageview(path);
    await collectEvent(db, makeGoal({ url: `${siteOrigin}${path}`, pageId, name }), at(day, reader));
  }
  const outboundPageview = pageviewChooser(db, day, new Map(viewed));
  for (const path of outbound) {
    const { pageId, reader } = await outboundPageview(path);
    await collectEvent(db, makeOutbound({ url: `${siteOrigin}${path}`, pageId }), at(day, reader));
  }
}

/** Every roll-up row, ordered by its key. */
export async function readRollUps(db: Database) {
  return {
    pages: await db.select().from(dailyPageStats).orderBy(dailyPageStats.day, dailyPageStats.path),
    sources: await db
      .select()
      .from(dailySourceStats)
      .orderBy(dailySourceStats.day, dailySourceStats.path, dailySourceStats.channel, dailySourceStats.source),
    goals: await db.select().from(dailyGoalStats).orderBy(dailyGoalStats.day, dailyGoalStats.path, dailyGoalStats.name),
    site: await db.select().from(dailySiteStats).orderBy(dailySiteStats.day),
  };
}
