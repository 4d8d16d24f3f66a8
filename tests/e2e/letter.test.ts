/**
 * The weekly letter end to end: history imported with `npm run analytics:import` into the
 * preview's own D1, the Cron Trigger fired on the preview, and the message that `wrangler dev`'s
 * simulated `send_email` binding writes to a file read back. Its own preview, since the letter
 * needs LETTER_TO and LETTER_FROM and a D1 whose weeks hold only this file's numbers.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { previousWeek, weekPeriod } from "../../functions/letter/iso-week";
import { dueLetter } from "../../functions/letter/schedule";
import { catalogSchema } from "../../functions/schemas/catalog";
import { queryD1 } from "../../scripts/lib/d1";
import { type PreviewServer, startPreview, triggerCron } from "../../scripts/lib/preview-server";
import { letterConfig, siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { letterPageTranslator } from "../../src/lib/i18n-letter";
import { runScript, writeLines } from "../build/support/import-run";
import { launchChromium } from "../support/chromium";
import { readMaker, readsEachDay } from "../support/letter-history";
import { parseMime } from "../support/mime";
import { testSecrets } from "../support/test-secrets";
import { signInAuthor } from "./support/look-pages";
import { measureLayout } from "./support/measure-layout";

const catalog = catalogSchema.parse(JSON.parse(readFileSync("dist/client/catalog.json", "utf8")));
const rising = catalog.posts.find((post) => post.slug === "redaktionsplan-den-man-durchhaelt");
const risingTopic = rising?.topics[0];
if (!rising || !risingTopic) throw new Error("the letter's e2e test needs the post redaktionsplan-den-man-durchhaelt");

const cron = "*/5 * * * *";
const addresses = { LETTER_TO: "author@example.org", LETTER_FROM: "letter@resonanz.example" };
// The week whose letter the cron sends now, and the week before it to compare with.
const { week } = dueLetter(new Date(), letterConfig);
const { from, to } = weekPeriod(week);
const sentFiles = (log: string) => [...log.matchAll(/Email: (\S+\.eml)/g)].map((match) => match[1] ?? "");

describe("the weekly letter on the preview", () => {
  let folder: string;
  let server: PreviewServer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "resonanz-letter-e2e-"));
    const read = readMaker("letter-e2e");
    const history = [
      ...readsEachDay(read, rising.path, weekPeriod(previousWeek(week)).from, 2),
      ...readsEachDay(read, rising.path, weekPeriod(week).from, 30, { referrer: "https://www.linkedin.com/" }),
    ];
    const file = join(folder, "history.ndjson");
    await writeLines(file, history);
    const persistTo = join(folder, "state");
    const run = await runScript("analytics:import", ["--file", file, "--persist-to", persistTo]);
    if (run.status !== 0) throw new Error(`the import failed:\n${run.stderr}`);
    server = await startPreview({ persistTo, vars: { ...addresses, ...testSecrets } });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("sends the week's letter once, with the rising topic in both parts", async () => {
    await triggerCron(server.url, cron);
    await expect.poll(() => sentFiles(server.log()).length, { timeout: 15_000 }).toBe(1);
    const [path = ""] = sentFiles(server.log());
    const message = parseMime(await readFile(path, "utf8"));
    expect(message.headers.get("to")).toBe(`<${addresses.LETTER_TO}>`);
    expect(message.headers.get("from")).toContain(`<${addresses.LETTER_FROM}>`);
    const [text = "", html = ""] = message.parts.map((part) => part.body);
    const t = dashboardTranslator(siteConfig.lang);
    const risingSentence = t("findingTopicRising", { topic: risingTopic.name, change: "" }).split(":")[0] ?? "";
    expect(risingSentence).toContain(risingTopic.name);
    expect(text).toContain(risingSentence);
    expect(html).toContain(risingSentence.replace(/&/g, "&amp;"));
    expect(text).toContain(`${new URL(siteConfig.url).origin}/dashboard/?from=${from}&to=${to}`);
    expect(html).not.toMatch(/<img|\ssrc=/i);
    // The cron fires again: the week is settled, nothing more is sent.
    await triggerCron(server.url, cron);
    const sends = await queryD1(
      server.persistTo,
      "SELECT week, outcome, attempts FROM letter_sends",
      z.object({ week: z.string(), outcome: z.string(), attempts: z.number() }),
    );
    expect(sends).toEqual([{ week, outcome: "sent", attempts: 1 }]);
    expect(sentFiles(server.log())).toHaveLength(1);
  }, 60_000);

  it("shows the letter on the dashboard, accessible and narrow, and sends it on demand", async () => {
    const browser = await launchChromium();
    try {
      await signInAuthor(browser, server.url);
      const page = await browser.newPage();
      const t = letterPageTranslator(siteConfig.lang);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 360, height: 800 });
        await page.goto(`${server.url}/dashboard/letter/?week=${week}`);
        expect(await page.locator(".letter").textContent()).toContain(risingTopic.name);
        const layout = await page.evaluate(measureLayout, { touch: true, mustShow: ["h1", "#letter-subject"] });
        expect(layout.overflowPx).toBe(0);
        expect(layout.smallTargets).toStrictEqual([]);
        await page.evaluate(axe.source);
        const violations = await page.evaluate(
          "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then((r) => r.violations.map((v) => v.id))",
        );
        expect(violations).toStrictEqual([]);
      }
      const before = sentFiles(server.log()).length;
      await Promise.all([
        page.waitForURL(/[?&]sent=sent\b/),
        page.getByRole("button", { name: t("letterSendNow") }).click(),
      ]);
      expect(await page.getByRole("status").textContent()).toBe(t("letterSent"));
      await expect.poll(() => sentFiles(server.log()).length, { timeout: 15_000 }).toBe(before + 1);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
