import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { collectEvent } from "../../functions/analytics/collect";
import { readRequestContext } from "../../functions/analytics/request-context";
import { rollUpDay } from "../../functions/analytics/rollups";
import app from "../../functions/app";
import { comments, pageviews } from "../../functions/db/schema";
import { insertPost, readAccepted, sendComment, testEnv, validComment } from "./support/comments";
import { chromeUserAgent, makeContext, makePageview, openDatabase, postJson, siteOrigin } from "./support/events";
import { listTables, readAllCells } from "./support/tables";

// docs/privacy.md lists these fields by name; a new column has to be named there first.
const documentedColumns = {
  pageviews: [
    "id",
    "day",
    "page_id",
    "visitor_id",
    "created_at",
    "path",
    "channel",
    "source",
    "referrer_host",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "country",
    "device",
    "browser",
    "engaged_ms",
    "scroll_depth",
  ],
  goal_events: ["id", "day", "page_id", "path", "name", "created_at", "channel", "source", "campaign"],
  outbound_clicks: ["id", "day", "page_id", "path", "target_host", "created_at", "channel", "source", "campaign"],
  daily_bot_hits: ["day", "hits"],
  daily_salts: ["day", "salt"],
  comments: [
    "id",
    "post_slug",
    "parent_id",
    "name",
    "website",
    "text",
    "status",
    "spam_reason",
    "by_author",
    "created_at",
    "approved_at",
    "client_hash",
    "delete_token_hash",
    "delete_token_expires_at",
    "channel",
    "source",
    "campaign",
    "import_key",
    "answers_id",
  ],
};

async function readText(path: string, headers: Record<string, string>, bindings: Env): Promise<string> {
  const response = await app.request(`${siteOrigin}${path}`, { headers }, bindings);
  expect(response.status).toBe(200);
  return response.text();
}

async function listColumns(table: string): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid")
    .bind(table)
    .all<{ name: string }>();
  return results.map(({ name }) => name);
}

describe("what a reader's visit leaves in D1", () => {
  it.each(Object.entries(documentedColumns))("keeps only the documented columns in %s", async (table, columns) => {
    expect(await listColumns(table)).toStrictEqual(columns);
  });

  it("stores the path without query or fragment, and of the referrer only its host", async () => {
    const url = `${siteOrigin}/posts/x/?utm_source=newsletter&ref=secret-ref#teil-2`;
    const referrer = "https://news.example.org/private/path?q=secret-query";
    expect((await postJson(makePageview({ url, referrer }))).status).toBe(202);
    const rows = await openDatabase()
      .select({ path: pageviews.path, referrerHost: pageviews.referrerHost, utmSource: pageviews.utmSource })
      .from(pageviews);
    expect(rows).toStrictEqual([{ path: "/posts/x/", referrerHost: "news.example.org", utmSource: "newsletter" }]);
    const cells = await readAllCells();
    expect(cells.filter(({ value }) => /secret|private|teil-2/.test(value))).toStrictEqual([]);
  });

  it("stores the country Cloudflare names for the request, and no finer location", async () => {
    const cf = { country: "DE", region: "Hamburg", city: "Hamburg", postalCode: "20095", latitude: "53.55073" };
    const headers = { "User-Agent": chromeUserAgent, "CF-Connecting-IP": "203.0.113.80" };
    const request = new Request(`${siteOrigin}/api/event`, { method: "POST", headers, cf });
    const context = readRequestContext(request, new Date("2027-02-03T10:00:00Z"));
    expect(await collectEvent(openDatabase(), makePageview(), context)).toBe("counted");
    expect(await openDatabase().select({ country: pageviews.country }).from(pageviews)).toStrictEqual([
      { country: "DE" },
    ]);
    const cells = await readAllCells();
    expect(cells.filter(({ value }) => /Hamburg|20095|53\.55/.test(value))).toStrictEqual([]);
  });

  it("keeps counts and no visitor id in the daily roll-ups", async () => {
    const db = openDatabase();
    const day = "2027-02-04";
    for (const ip of ["203.0.113.81", "203.0.113.82"]) {
      await collectEvent(db, makePageview(), makeContext({ ip, now: new Date(`${day}T09:00:00Z`) }));
    }
    const visitorIds = (await db.select({ visitorId: pageviews.visitorId }).from(pageviews)).map(
      (row) => row.visitorId,
    );
    expect(new Set(visitorIds).size).toBe(2);
    expect(await rollUpDay(db, day)).toBeGreaterThan(0);
    const rollUps = (await listTables()).filter((table) => /^daily_.*_stats$/.test(table));
    expect(rollUps).toHaveLength(7);
    for (const table of rollUps) expect(await listColumns(table)).not.toContain("visitor_id");
    const cells = (await readAllCells()).filter(({ table }) => rollUps.includes(table));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter(({ value }) => visitorIds.includes(value))).toStrictEqual([]);
  });
});

describe("what a comment leaves in D1", () => {
  it("stores a comment without the IP address, and without an e-mail address even when one is sent", async () => {
    await insertPost();
    const ip = "198.51.100.93";
    const email = "reader@example.org";
    const response = await sendComment(await validComment("hello-world", { email }), { ip });
    expect(response.status).toBe(202);
    expect(await openDatabase().select({ name: comments.name }).from(comments)).toStrictEqual([
      { name: "Ada Lovelace" },
    ]);
    const cells = await readAllCells();
    expect(cells.filter(({ value }) => value.includes(ip) || value.includes(email))).toStrictEqual([]);
  });

  it("shows neither the client hash nor the deletion hash, publicly or to the author", async () => {
    await insertPost();
    const { id } = await readAccepted(await sendComment(await validComment()));
    await openDatabase().update(comments).set({ status: "approved" }).where(eq(comments.id, id));
    const [stored] = await openDatabase().select().from(comments).where(eq(comments.id, id));
    const hashes = [stored?.clientHash, stored?.deleteTokenHash];
    expect(hashes).toStrictEqual([expect.stringMatching(/^[0-9a-f]{32,}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    const bindings = testEnv({ AUTHOR_API_TOKEN: "privacy-test-token-0123456789abcdef" });
    const answers = [
      await readText("/api/comments?post=hello-world", {}, bindings),
      await readText(
        "/api/admin/comments?status=approved",
        { Authorization: "Bearer privacy-test-token-0123456789abcdef" },
        bindings,
      ),
    ];
    for (const body of answers) {
      expect(body).toContain("Thoughtful words.");
      for (const hash of hashes) expect(body).not.toContain(hash);
    }
  });
});
