/**
 * Starts its own preview, not the shared one: it scans every row of every table for an IP
 * address or a User-Agent, so it needs a D1 with this reader's visit alone (the shared one
 * holds other files' comments, and comments-xss stores "127.0.0.1" as a payload).
 */
import { readFileSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogSchema } from "../../functions/schemas/catalog";
import { executeD1, queryD1 } from "../../scripts/lib/d1";
import { type PreviewServer, startPreview, triggerCron } from "../../scripts/lib/preview-server";
import { readerUserAgent } from "../../scripts/lib/user-agent";
import { launchChromium } from "../support/chromium";
import { keepRequestsLocal } from "../support/offsite-requests";
import { readWebStorage, trackLocalhost } from "../support/reader";
import { fetchFormToken, waitUntilFillable } from "./support/comment-api";

const catalog = catalogSchema.parse(JSON.parse(readFileSync("dist/client/catalog.json", "utf8")));
const readerPages = [
  "/",
  "/topics/",
  `/topics/${catalog.posts[0]?.topics[0]?.slug ?? "analytics"}/`,
  "/archive/",
  "/about/",
  "/search/?q=newsletter",
  ...catalog.posts.map((post) => post.path),
];

describe("the privacy audit", () => {
  let server: PreviewServer;
  let reader: BrowserContext;
  let offsite: string[];

  beforeAll(async () => {
    server = await startPreview();
    reader = await launchChromium({ asReader: true });
    await trackLocalhost(reader);
    offsite = await keepRequestsLocal(reader, server.url);
  }, 90_000);

  afterAll(async () => {
    await reader?.close();
    await server?.stop();
  });

  it("a reader who visits every page and comments leaves no cookie, no storage and no third-party request", async () => {
    const page = await reader.newPage();
    for (const path of readerPages) {
      await page.goto(`${server.url}${path}`);
    }
    const post = catalog.posts.find((entry) => entry.comments === "open");
    if (!post) throw new Error("the demo content needs a post with open comments");
    await page.goto(`${server.url}${post.path}comments/`);
    await waitUntilFillable(page, await fetchFormToken(server.url, post.slug));
    const form = page.locator("form[data-comment-form]");
    await form.locator('input[name="name"]').fill("Audit Reader");
    await form.locator("textarea").fill("A comment from the privacy audit.");
    await form.locator('button[type="submit"]').click();
    await form.locator("[data-form-status] .success").waitFor();
    expect(await reader.cookies()).toEqual([]);
    expect(await readWebStorage(page)).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    expect(offsite).toEqual([]);
    await page.close();
  }, 180_000);

  it("leaves no IP address, no User-Agent and no old salt in any table after the cron", async () => {
    // The visit above was counted (so the scan below has something to find), then the cron ran.
    const countPageviews = async () =>
      (await queryD1(server.persistTo, "SELECT count(*) AS n FROM pageviews", z.object({ n: z.number() })))[0]?.n ?? 0;
    await expect.poll(countPageviews, { timeout: 20_000 }).toBeGreaterThanOrEqual(readerPages.length);
    await triggerCron(server.url, "*/5 * * * *");
    const tables = await queryD1(
      server.persistTo,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
      z.object({ name: z.string() }),
    );
    expect(tables.map((table) => table.name)).toContain("pageviews");
    const stored = (await executeD1(server.persistTo, tables.map(({ name }) => `SELECT * FROM "${name}"`).join(";")))
      .flat()
      .flatMap((row) => Object.values(row).map(String));
    expect(stored.length).toBeGreaterThan(0);
    expect(
      stored.filter((value) => value.includes(readerUserAgent) || /Mozilla\/5\.0|HeadlessChrome/.test(value)),
    ).toEqual([]);
    expect(stored.filter((value) => /\b127\.0\.0\.1\b|::1\b/.test(value))).toEqual([]);
    const twoDaysAgo = new Date(Date.now() - 48 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const salts = await queryD1(server.persistTo, "SELECT day FROM daily_salts", z.object({ day: z.string() }));
    expect(salts.filter((salt) => salt.day < twoDaysAgo)).toEqual([]);
  }, 60_000);
});
