import { and, eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { z } from "zod";
import { dailyBotHits, dailySalts, goalEvents, outboundClicks, pageviews } from "../../functions/db/schema.ts";

/**
 * wrangler dev's local explorer API runs SQL on the preview's own D1 and, unlike
 * `wrangler d1 execute --local`, reports D1's `rows_written`. Its params are strings;
 * SQLite's column affinity turns them back into integers where the column says so.
 */
const explorerPath = "/cdn-cgi/local/explorer/api/d1/database";
const databaseList = z.object({ result: z.array(z.object({ name: z.string(), uuid: z.string() })) });
const rawResult = z.object({
  success: z.literal(true),
  result: z.array(z.object({ meta: z.object({ rows_written: z.number() }) })),
});

/** Builds SQL only; nothing runs through it. */
const builder = drizzle(async () => ({ rows: [] }));

interface Statement {
  toSQL(): { sql: string; params: unknown[] };
}

async function findDatabase(url: string, binding: string): Promise<string> {
  const list = databaseList.parse(await (await fetch(`${url}${explorerPath}`)).json());
  const database = list.result.find((candidate) => candidate.name === binding);
  if (!database) throw new Error(`The preview's explorer lists no D1 database bound as ${binding}`);
  return database.uuid;
}

async function rowsWritten(url: string, databaseId: string, statement: Statement): Promise<number> {
  const { sql: text, params } = statement.toSQL();
  const response = await fetch(`${url}${explorerPath}/${databaseId}/raw`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sql: text, params: params.map(String) }),
  });
  const body: unknown = await response.json();
  const parsed = rawResult.safeParse(body);
  if (!parsed.success) throw new Error(`${text}: ${JSON.stringify(body)}`);
  return parsed.data.result.reduce((rows, result) => rows + result.meta.rows_written, 0);
}

function saltInsert(day: string) {
  return builder
    .insert(dailySalts)
    .values({ day, salt: "f".repeat(64) })
    .onConflictDoNothing();
}

/**
 * The collector's writes, built from the same drizzle schema the way
 * functions/analytics/collect.ts and salts.ts build them, on a day of their own.
 */
function collectorStatements(day: string) {
  const pageId = "rows-written-0001";
  const view = {
    day,
    pageId,
    visitorId: "0123456789abcdef0123456789abcdef",
    createdAt: Date.now(),
    path: "/posts/why-pageviews-lie/",
    channel: "social",
    source: "LinkedIn",
    referrerHost: "www.linkedin.com",
    device: "desktop",
    browser: "Chrome",
  };
  const click = { day, pageId, path: view.path, createdAt: view.createdAt };
  const engagement = (engagedMs: number, scrollDepth: number) =>
    builder
      .update(pageviews)
      .set({
        engagedMs: sql`max(${pageviews.engagedMs}, ${engagedMs})`,
        scrollDepth: sql`max(${pageviews.scrollDepth}, ${scrollDepth})`,
      })
      .where(and(eq(pageviews.day, day), eq(pageviews.pageId, pageId)));
  const botHit = builder
    .insert(dailyBotHits)
    .values({ day, hits: 1 })
    .onConflictDoUpdate({ target: dailyBotHits.day, set: { hits: sql`${dailyBotHits.hits} + 1` } });
  return [
    { key: "salt", name: "daily salt, first event of the day (INSERT daily_salts)", statement: saltInsert(day) },
    {
      key: "saltAgain",
      name: "daily salt, later isolates (INSERT … ON CONFLICT DO NOTHING)",
      statement: saltInsert(day),
    },
    {
      key: "pageview",
      name: "pageview (INSERT pageviews)",
      statement: builder.insert(pageviews).values(view).onConflictDoNothing(),
    },
    { key: "engagement", name: "engagement report (UPDATE pageviews)", statement: engagement(12_000, 40) },
    { key: "engagementAgain", name: "second engagement report, same page", statement: engagement(45_000, 90) },
    {
      key: "outbound",
      name: "outbound click (INSERT outbound_clicks)",
      statement: builder.insert(outboundClicks).values({ ...click, targetHost: "gdpr.eu" }),
    },
    {
      key: "goal",
      name: "goal (INSERT goal_events)",
      statement: builder.insert(goalEvents).values({ ...click, name: "contact" }),
    },
    { key: "botHit", name: "bot hit, first of the day (upsert daily_bot_hits)", statement: botHit },
    { key: "botHitAgain", name: "bot hit, later (upsert daily_bot_hits)", statement: botHit },
  ];
}

export interface RowsWritten {
  key: string;
  name: string;
  rows: number;
}

/** Runs each collector write once, in order, on the preview's D1 and returns what D1 counted. */
export async function measureRowsWritten(url: string, day: string): Promise<RowsWritten[]> {
  const databaseId = await findDatabase(url, "DB");
  const measured: RowsWritten[] = [];
  for (const { key, name, statement } of collectorStatements(day)) {
    measured.push({ key, name, rows: await rowsWritten(url, databaseId, statement) });
  }
  return measured;
}
