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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { previousWeek, weekPeriod } from "../../functions/letter/iso-week";
import { dueLetter } from "../../functions/letter/schedule";
import { catalogSchema } from "../../functions/schemas/catalog";
import { queryD1 } from "../../scripts/lib/d1";
import { type PreviewServer, startPreview, triggerCron } from "../../scripts/lib/preview-server";
import { letterConfig, siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { runScript, writeLines } from "../build/support/import-run";
import { readMaker, readsEachDay } from "../support/letter-history";
import { parseMime } from "../support/mime";

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
    server = await startPreview({ persistTo, vars: addresses });
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
});
