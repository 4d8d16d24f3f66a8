/**
 * `npm run analytics:import` as an author runs it: the real command against a throwaway
 * local D1, read back through getPlatformProxy. Each test has a D1 of its own. The posts
 * come from the build's catalog, which is why these tests live with the build's.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogSchema } from "../../functions/schemas/catalog";
import { addDays, utcDay } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import {
  createImportFolder,
  type ImportFolder,
  readAllCells,
  readD1,
  readDatabaseFiles,
  runImport,
  selectAll,
  writeLines,
} from "./support/import-run";

const catalog = catalogSchema.parse(JSON.parse(readFileSync("dist/client/catalog.json", "utf8")));
const [postA, postB] = catalog.posts.filter((post) => post.comments === "open");
if (!postA || !postB) throw new Error("the import tests need two published posts that take comments");

const origin = new URL(siteConfig.url).origin;
// Ten days ago: history, but within the raw events' retention.
const day = addDays(utcDay(new Date()), -10);
const at = (time: string) => `${day}T${time}Z`;
const timeout = { timeout: 120_000 };

const readerA = "alice.reader@example.com";
const readerB = "198.51.100.23";

/** Three pageviews by two readers, one read with engagement, a goal, an outbound click and a comment. */
const validLines = [
  {
    type: "pageview",
    url: `${origin}${postA.path}?utm_source=newsletter&utm_medium=email&utm_campaign=spring`,
    pageId: "import-test-view-1",
    at: at("09:00:00"),
    visitor: readerA,
    country: "DE",
  },
  {
    type: "engagement",
    url: `${origin}${postA.path}`,
    pageId: "import-test-view-1",
    engagedMs: 45_000,
    scrollDepth: 90,
    at: at("09:04:00"),
  },
  { type: "goal", url: `${origin}${postA.path}`, pageId: "import-test-view-1", name: "newsletter", at: at("09:04:10") },
  {
    type: "outbound",
    url: `${origin}${postA.path}`,
    pageId: "import-test-view-1",
    target: "https://example.org/further/reading",
    at: at("09:04:20"),
  },
  {
    type: "comment",
    at: at("09:05:00"),
    post: postA.slug,
    pageId: "import-test-view-1",
    name: "Alice",
    text: "Thanks, this helped.",
    status: "approved",
    byAuthor: false,
  },
  {
    type: "pageview",
    url: `${origin}${postB.path}`,
    referrer: `${origin}${postA.path}`,
    at: at("09:06:00"),
    visitor: readerA,
  },
  {
    type: "pageview",
    url: `${origin}${postA.path}`,
    referrer: "https://www.linkedin.com/",
    at: at("11:00:00"),
    visitor: readerB,
  },
];

interface PageStats {
  path: string;
  views: number;
  visitors: number;
  engaged_reads: number;
  goals: number;
  outbound_clicks: number;
}

describe("npm run analytics:import", () => {
  let folder: ImportFolder;

  beforeEach(async () => {
    folder = await createImportFolder();
  });

  afterEach(async () => {
    await folder.remove();
  });

  it(
    "stores pageviews with their engagement, goal, outbound click and comment, and counts readers by visitor",
    timeout,
    async () => {
      await writeLines(folder.file, validLines);
      const run = await runImport(folder);
      expect(run.stderr).not.toMatch(/^line \d+:/m);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        "Stored: 3 pageviews, 1 engagement reports, 1 goals, 1 outbound clicks, 1 comments.",
      );
      const stored = await readD1(folder, async (db) => ({
        views: await selectAll<{ page_id: string; visitor_id: string; path: string }>(
          db,
          "SELECT page_id, visitor_id, path FROM pageviews ORDER BY created_at",
        ),
        site: await selectAll<{ views: number; visitors: number }>(
          db,
          "SELECT views, visitors FROM daily_site_stats WHERE day = ?",
          day,
        ),
        pageA: await selectAll<PageStats>(
          db,
          "SELECT * FROM daily_page_stats WHERE day = ? AND path = ?",
          day,
          postA.path,
        ),
        comments: await selectAll<Record<string, unknown>>(db, "SELECT * FROM comments"),
      }));
      const [first, second, third] = stored.views;
      // Alice's two pageviews are one reader, Bob's is another.
      expect(first?.visitor_id).toBe(second?.visitor_id);
      expect(third?.visitor_id).not.toBe(first?.visitor_id);
      expect(stored.site).toEqual([{ views: 3, visitors: 2 }]);
      expect(stored.pageA).toEqual([
        {
          day,
          path: postA.path,
          views: 2,
          visitors: 2,
          engaged_reads: 1,
          read_throughs: 1,
          engaged_ms: 45_000,
          goals: 1,
          outbound_clicks: 1,
        },
      ]);
      expect(stored.comments).toMatchObject([
        {
          post_slug: postA.slug,
          name: "Alice",
          status: "approved",
          channel: "email",
          campaign: "spring",
          client_hash: null,
          delete_token_hash: null,
        },
      ]);
    },
  );

  it("counts every event once when the same file is imported twice", timeout, async () => {
    await writeLines(folder.file, validLines);
    const snapshot = (db: D1Database) =>
      Promise.all(
        [
          "pageviews",
          "goal_events",
          "outbound_clicks",
          "comments",
          "daily_page_stats",
          "daily_source_stats",
          "daily_site_stats",
        ].map((table) => selectAll(db, `SELECT * FROM "${table}"`)),
      );
    expect((await runImport(folder)).status).toBe(0);
    const afterFirst = await readD1(folder, snapshot);
    const second = await runImport(folder);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(
      "Stored: 0 pageviews, 0 engagement reports, 0 goals, 0 outbound clicks, 0 comments.",
    );
    expect(second.stdout).toContain(
      "Duplicates skipped: 3 pageviews, 1 engagement reports, 1 goals, 1 outbound clicks, 1 comments.",
    );
    expect(await readD1(folder, snapshot)).toEqual(afterFirst);
  });

  it("reports bad lines with their numbers, stores nothing of them and imports the rest", timeout, async () => {
    await writeLines(folder.file, [
      { type: "pageview", url: `${origin}${postA.path}`, at: at("08:00:00"), visitor: "good" },
      "{not json",
      { type: "pageview", url: `https://elsewhere.example${postA.path}?utm_campaign=bad-host`, at: at("08:01:00") },
      { type: "pageview", url: `${origin}${postA.path}?utm_campaign=bad-time`, at: `${day} 08:02` },
      { type: "pageview", url: `${origin}${postA.path}?utm_campaign=bad-field`, at: at("08:03:00"), ip: "203.0.113.9" },
      { type: "comment", at: at("08:04:00"), post: postA.slug, name: "Eve", text: "bad-status", status: "deleted" },
      {
        type: "engagement",
        url: `${origin}${postA.path}`,
        pageId: "import-test-view-9",
        engagedMs: -1,
        scrollDepth: 10,
        at: at("08:05:00"),
      },
    ]);
    const run = await runImport(folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^line 2: not JSON/m);
    expect(run.stderr).toMatch(/^line 3: url: host elsewhere\.example is not this site$/m);
    expect(run.stderr).toMatch(/^line 4: at: must be an ISO 8601 UTC timestamp/m);
    expect(run.stderr).toMatch(/^line 5: .*"ip"/m);
    expect(run.stderr).toMatch(/^line 6: status: /m);
    expect(run.stderr).toMatch(/^line 7: engagedMs: /m);
    expect(run.stderr).not.toMatch(/^line 1:/m);
    expect(run.stdout).toContain("Bad lines: 6.");
    const stored = await readD1(folder, async (db) => ({
      views: await selectAll<{ utm_campaign: string | null }>(db, "SELECT utm_campaign FROM pageviews"),
      comments: await selectAll(db, "SELECT id FROM comments"),
    }));
    expect(stored).toEqual({ views: [{ utm_campaign: null }], comments: [] });
  });

  it("reports a path the build does not have and stores it; skips a comment on an unknown post", timeout, async () => {
    await writeLines(folder.file, [
      { type: "pageview", url: `${origin}${postA.path}`, at: at("07:00:00") },
      { type: "pageview", url: `${origin}/2019/05/an-old-url.html`, at: at("07:01:00") },
      { type: "comment", at: at("07:02:00"), post: "no-such-post", name: "Ann", text: "Hello", status: "approved" },
    ]);
    const run = await runImport(folder);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^notice: path \/2019\/05\/an-old-url\.html is not a page of the build.*: 2$/m);
    expect(run.stderr).toMatch(/^skipped: comment: post "no-such-post" is not in the catalog.*: 3$/m);
    const paths = await readD1(folder, (db) =>
      selectAll<{ path: string }>(db, "SELECT path FROM pageviews ORDER BY path"),
    );
    expect(paths).toEqual([{ path: "/2019/05/an-old-url.html" }, { path: postA.path }]);
  });

  it("leaves a day alone whose raw events were purged under its roll-ups", timeout, async () => {
    await writeLines(folder.file, validLines);
    expect((await runImport(folder)).status).toBe(0);
    // What the cron does once the day is older than RAW_RETENTION_DAYS.
    await readD1(folder, (db) =>
      db.batch(["pageviews", "goal_events", "outbound_clicks"].map((table) => db.prepare(`DELETE FROM "${table}"`))),
    );
    await writeLines(folder.file, [{ type: "pageview", url: `${origin}${postB.path}`, at: at("12:00:00") }]);
    const run = await runImport(folder);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(`^skipped: ${day}: its roll-ups count raw events that have since been purged.*: 1$`, "m"),
    );
    const site = await readD1(folder, (db) =>
      selectAll(db, "SELECT views, visitors FROM daily_site_stats WHERE day = ?", day),
    );
    expect(site).toEqual([{ views: 3, visitors: 2 }]);
  });

  it("leaves no visitor string, IP address or e-mail address anywhere in D1", timeout, async () => {
    await writeLines(folder.file, validLines);
    expect((await runImport(folder)).status).toBe(0);
    const cells = await readD1(folder, readAllCells);
    expect(cells.length).toBeGreaterThan(0);
    for (const secret of [readerA, readerB, "@example.com"]) {
      expect(cells.filter((cell) => cell.includes(secret))).toEqual([]);
    }
    // The day's salt is gone, as the cron deletes it once the day is over: the ids cannot be recomputed.
    expect(cells.filter((cell) => cell.startsWith("daily_salts:"))).toEqual([]);
    const files = await readDatabaseFiles(folder);
    expect(files).not.toContain(readerA);
    expect(files).not.toContain(readerB);
  });
});
