/**
 * Pageview lines as the collector stores them: buildPageviewRow, and a visitor id from
 * computeVisitorId over the day's salt. The line's "visitor" takes the place of the IP
 * address and a fixed string that of the User-Agent, so an imported reader is one reader
 * per day like a real one, is never merged with a live reader (whose User-Agent differs),
 * and neither string is stored. A line without "visitor" is a reader of its own.
 */
import { buildPageviewRow } from "../../functions/analytics/collect.ts";
import { getDailySalt } from "../../functions/analytics/salts.ts";
import { computeVisitorId } from "../../functions/analytics/visitor-id.ts";
import type { pageviews } from "../../functions/db/schema.ts";
import type { Database } from "../../functions/env.ts";
import { utcDay } from "../../shared/utc-day.ts";
import type { PageviewLine } from "./line-schema.ts";
import type { EventRecord } from "./partition.ts";
import { importContext, siteHost } from "./read-lines.ts";

export type PageviewRow = typeof pageviews.$inferInsert;

/** Stands in for the User-Agent in the visitor hash; no reader's browser sends it. */
const importUserAgent = "Resonanz history import";
const hashChunk = 5_000;

export interface SaltSource {
  saltOf(day: string): Promise<string>;
}

/** The days' salts in D1, created as the collector creates them; one per day for the whole run. */
export function d1Salts(db: Database): SaltSource {
  const salts = new Map<string, Promise<string>>();
  return {
    saltOf(day) {
      let salt = salts.get(day);
      if (!salt) {
        salt = getDailySalt(db, day);
        salts.set(day, salt);
      }
      return salt;
    },
  };
}

/** Salts that live in memory only, for a dry run, which writes nothing. */
export function throwawaySalts(): SaltSource {
  const salts = new Map<string, string>();
  return {
    async saltOf(day) {
      const salt = salts.get(day) ?? crypto.randomUUID();
      salts.set(day, salt);
      return salt;
    },
  };
}

/** The pageview's key: its pageId, or the hash of its line. */
export function pageviewKey(record: EventRecord<PageviewLine>): string {
  return record.line.pageId ?? record.hash;
}

function standIn(record: EventRecord<PageviewLine>): string {
  // Prefixed, so that a visitor named like another line's hash is still another reader.
  return record.line.visitor === undefined ? `line\n${record.hash}` : `visitor\n${record.line.visitor}`;
}

async function hashVisitors(records: readonly EventRecord<PageviewLine>[], salts: SaltSource) {
  const ids = new Map<string, string>();
  const wanted = new Map<string, { day: string; ip: string }>();
  for (const record of records) {
    const day = utcDay(record.line.at);
    wanted.set(`${day}\n${standIn(record)}`, { day, ip: standIn(record) });
  }
  const entries = [...wanted];
  for (let start = 0; start < entries.length; start += hashChunk) {
    await Promise.all(
      entries.slice(start, start + hashChunk).map(async ([key, { day, ip }]) => {
        const salt = await salts.saltOf(day);
        ids.set(key, await computeVisitorId({ salt, siteHost, ip, userAgent: importUserAgent }));
      }),
    );
  }
  return ids;
}

export async function buildPageviewRows(
  records: readonly EventRecord<PageviewLine>[],
  salts: SaltSource,
): Promise<PageviewRow[]> {
  const visitorIds = await hashVisitors(records, salts);
  return records.map((record) => {
    const { line } = record;
    const visitorId = visitorIds.get(`${utcDay(line.at)}\n${standIn(record)}`);
    if (visitorId === undefined) throw new Error(`line ${record.number}: no visitor id`);
    return buildPageviewRow({
      event: { ...line, pageId: pageviewKey(record) },
      url: new URL(line.url),
      context: importContext(line.at, line.country ?? null),
      visitorId,
      device: line.device ?? "unknown",
      browser: line.browser ?? "unknown",
    });
  });
}
