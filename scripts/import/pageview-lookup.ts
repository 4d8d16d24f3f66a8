/**
 * The pageviews that engagement, goals, outbound clicks and comments attach to, found as the
 * collector finds them: by pageId, on the event's day or the day before (pageviewDays). A real
 * run looks in D1 after the file's pageviews are written, so that a line may also attach to a
 * pageview stored before; a dry run can only look in the file.
 */
import { sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { pageviewDays } from "../../functions/analytics/pageview-source.ts";
import type { Database } from "../../functions/env.ts";
import type { PageviewRow } from "./pageview-rows.ts";

export interface KnownPageview {
  day: string;
  pageId: string;
  channel: string;
  source: string;
  utmCampaign: string | null;
  engagedMs: number;
  scrollDepth: number;
}

export type PageviewIndex = ReadonlyMap<string, KnownPageview>;

/** A reference to a pageview: the time of the event that names it, and its pageId. */
export interface PageviewReference {
  at: Date;
  pageId: string;
}

const keyOf = (day: string, pageId: string) => `${day}\n${pageId}`;
const pairsPerQuery = 10_000;
const dialect = new SQLiteAsyncDialect();

export function findPageview(index: PageviewIndex, reference: PageviewReference): KnownPageview | undefined {
  for (const day of pageviewDays(reference.at)) {
    const found = index.get(keyOf(day, reference.pageId));
    if (found) return found;
  }
  return undefined;
}

export function indexRows(rows: readonly PageviewRow[]): PageviewIndex {
  const index = new Map<string, KnownPageview>();
  for (const { day, pageId, channel, source, utmCampaign, engagedMs, scrollDepth } of rows) {
    const key = keyOf(day, pageId);
    const known = { day, pageId, channel, source, utmCampaign: utmCampaign ?? null };
    if (!index.has(key)) index.set(key, { ...known, engagedMs: engagedMs ?? 0, scrollDepth: scrollDepth ?? 0 });
  }
  return index;
}

function candidatePairs(references: readonly PageviewReference[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const { at, pageId } of references) {
    for (const day of pageviewDays(at)) pairs.set(keyOf(day, pageId), [day, pageId]);
  }
  return [...pairs.values()];
}

interface Found {
  day: string;
  page_id: string;
  channel: string;
  source: string;
  utm_campaign: string | null;
  engaged_ms: number;
  scroll_depth: number;
}

/** The stored pageviews that `references` may mean, read through the (day, page_id) index. */
export async function loadPageviews(db: Database, references: readonly PageviewReference[]): Promise<PageviewIndex> {
  const index = new Map<string, KnownPageview>();
  const pairs = candidatePairs(references);
  for (let start = 0; start < pairs.length; start += pairsPerQuery) {
    const json = JSON.stringify(pairs.slice(start, start + pairsPerQuery));
    const query = dialect.sqlToQuery(sql`
      SELECT day, page_id, channel, source, utm_campaign, engaged_ms, scroll_depth FROM pageviews
      WHERE (day, page_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(${json}))`);
    const { results } = await db.$client
      .prepare(query.sql)
      .bind(...query.params)
      .all<Found>();
    for (const row of results) {
      const { day, page_id: pageId, channel, source, utm_campaign: utmCampaign } = row;
      const measured = { engagedMs: row.engaged_ms, scrollDepth: row.scroll_depth };
      index.set(keyOf(day, pageId), { day, pageId, channel, source, utmCampaign, ...measured });
    }
  }
  return index;
}
