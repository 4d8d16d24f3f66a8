/**
 * The weekly letter composed from a history whose truth is known, imported as an author
 * imports one (`npm run analytics:import`) into a throwaway local D1 and read back through
 * workerd's D1. It lives with the build tests because the import needs Node and the build's
 * catalog; the composition is the same code the cron runs in the Worker.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../functions/db/client";
import { composeLetter, type LetterContent } from "../../functions/letter/compose";
import { currentWeek, previousWeek, weekPeriod } from "../../functions/letter/iso-week";
import { renderText } from "../../functions/letter/render-text";
import { writeLetter } from "../../functions/letter/write";
import { readDecisions } from "../../functions/queries/findings";
import { catalogSchema } from "../../functions/schemas/catalog";
import { numberFormats } from "../../shared/number-formats";
import { addDays } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import { translateDashboard } from "../../src/lib/i18n-dashboard";
import { readMaker, readsEachDay } from "../support/letter-history";
import { createImportFolder, type ImportFolder, readD1, runImport, writeLines } from "./support/import-run";

const catalog = catalogSchema.parse(JSON.parse(readFileSync("dist/client/catalog.json", "utf8")));
const postOf = (slug: string) => {
  const post = catalog.posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`the letter's composition test needs the post ${slug}`);
  return post;
};
// A post whose only topic rises twentyfold, and one whose only topic stays as it was.
const rising = postOf("redaktionsplan-den-man-durchhaelt");
const steady = postOf("measuring-marketing-without-vanity-metrics");
const risingTopic = rising.topics[0];
if (!risingTopic || rising.topics.length !== 1 || steady.topics.length !== 1) {
  throw new Error("the letter's composition test needs two posts with one topic each");
}

const now = new Date();
const week = previousWeek(currentWeek(now));
const before = previousWeek(week);
const origin = new URL(siteConfig.url).origin;

const engagedRead = readMaker("letter-view");

function history(): object[] {
  const google = { referrer: "https://www.google.com/" };
  const newsletter = { query: "?utm_source=newsletter&utm_medium=email&utm_campaign=ausgabe-48" };
  const lines: object[] = [
    ...readsEachDay(engagedRead, rising.path, weekPeriod(before).from, 2),
    ...readsEachDay(engagedRead, steady.path, weekPeriod(before).from, 10, google),
    ...readsEachDay(engagedRead, rising.path, weekPeriod(week).from, 30, { referrer: "https://www.linkedin.com/" }),
    ...readsEachDay(engagedRead, rising.path, weekPeriod(week).from, 10),
    ...readsEachDay(engagedRead, steady.path, weekPeriod(week).from, 9, google),
    ...readsEachDay(engagedRead, steady.path, weekPeriod(week).from, 1, newsletter),
  ];
  const monday = weekPeriod(week).from;
  const [goalView, commentView, waitingView] = [1, 2, 3].map(() => engagedRead(rising.path, addDays(monday, 1)));
  lines.push(...(goalView ?? []), ...(commentView ?? []), ...(waitingView ?? []));
  const at = `${addDays(monday, 1)}T20:00:00Z`;
  const pageIdOf = (pair: object[] | undefined) => {
    const first = pair?.[0];
    return first && "pageId" in first ? first.pageId : "";
  };
  lines.push(
    { type: "goal", url: `${origin}${rising.path}`, pageId: pageIdOf(goalView), name: "newsletter", at },
    { type: "goal", url: `${origin}${rising.path}`, pageId: pageIdOf(commentView), name: "contact", at },
    {
      type: "comment",
      at,
      post: rising.slug,
      pageId: pageIdOf(commentView),
      name: "Lea",
      text: "Genau das habe ich gebraucht.",
      status: "approved",
      byAuthor: false,
    },
    {
      type: "comment",
      at,
      post: rising.slug,
      pageId: pageIdOf(waitingView),
      name: "Jonas",
      text: "Gilt das auch für Podcasts?",
      status: "pending",
      byAuthor: false,
    },
  );
  return lines;
}

describe("the weekly letter, composed from imported history", () => {
  let folder: ImportFolder;
  let letter: LetterContent;
  let dashboardFindings: Awaited<ReturnType<typeof readDecisions>>["findings"];

  beforeAll(async () => {
    folder = await createImportFolder();
    await writeLines(folder.file, history());
    const run = await runImport(folder);
    if (run.status !== 0) throw new Error(`the import failed:\n${run.stderr}`);
    ({ letter, dashboardFindings } = await readD1(folder, async (d1) => {
      const db = openDatabase(d1);
      return {
        letter: await composeLetter(db, week, now),
        dashboardFindings: (await readDecisions(db, weekPeriod(week), now)).findings,
      };
    }));
  }, 180_000);

  afterAll(async () => {
    await folder.remove();
  });

  it("tells the week in one line against the week before", () => {
    // 40 + 10 reads a day, and three more on Tuesday; a week before 2 + 10 a day.
    expect(letter.counts).toEqual({
      week: { engagedReads: 353, visitors: 353, responses: 3 },
      before: { engagedReads: 84, visitors: 84, responses: 0 },
    });
    const text = renderText(writeLetter(letter, "de"));
    const format = numberFormats("de");
    expect(text).toContain(`353 intensiv gelesen (${format.change(353 / 84 - 1)}), 353 Besucher`);
    expect(text).toContain("3 Antworten (neu)");
  });

  it("names the rising topic, and only it, with the dashboard's sentence and interval", () => {
    expect(letter.trends.map((trend) => [trend.kind, trend.topic?.slug])).toEqual([["topic-rising", risingTopic.slug]]);
    const [trend] = letter.trends;
    if (!trend) throw new Error("no trend");
    expect(trend.interval.low).toBeGreaterThan(1);
    const format = numberFormats("de");
    const text = renderText(writeLetter(letter, "de"));
    expect(text).toContain(
      translateDashboard("de", "findingTopicRising", {
        topic: risingTopic.name,
        change: format.change(trend.figures.ratio - 1),
      }),
    );
    expect(text).toContain(
      translateDashboard("de", "findingInterval", {
        low: format.ratio(trend.interval.low),
        high: format.ratio(trend.interval.high),
      }),
    );
  });

  it("holds the dashboard's findings of the week, at most five, trends told apart", () => {
    const others = dashboardFindings.filter(
      (finding) => finding.kind !== "topic-rising" && finding.kind !== "topic-falling",
    );
    expect(letter.findings).toEqual(others);
    expect(letter.findings.length).toBeLessThanOrEqual(5);
  });

  it("names the best channel per top topic by engaged reads and responses", () => {
    expect(letter.bestChannels).toContainEqual({
      topic: { slug: risingTopic.slug, name: risingTopic.name },
      channel: "social",
      engagedReads: 210,
      responses: 0,
    });
    const steadyTopic = steady.topics[0];
    expect(letter.bestChannels).toContainEqual(
      expect.objectContaining({
        topic: { slug: steadyTopic?.slug, name: steadyTopic?.name },
        channel: "search",
        engagedReads: 63,
      }),
    );
  });

  it("says what the newsletter issue did and how many comments wait, with links to the site only", () => {
    expect(letter.campaigns).toEqual([
      expect.objectContaining({ campaign: "ausgabe-48", channel: "email", views: 7, engagedReads: 7 }),
    ]);
    expect(letter.waitingComments).toBe(1);
    const text = renderText(writeLetter(letter, "de"));
    expect(text).toContain("Ein Kommentar wartet auf Freigabe.");
    expect(text).toContain(`${origin}/dashboard/comments/`);
    expect(text).toContain(`${origin}/dashboard/?from=${weekPeriod(week).from}&to=${weekPeriod(week).to}`);
  });
});
