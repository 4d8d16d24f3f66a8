/**
 * A synthetic import file for the import benchmark: readers over the last days on the
 * catalog's posts and the home page, with the mix a blog sees (most pageviews report
 * engagement, a few lead to a goal, an outbound click or a comment). Seeded, so that
 * every run imports the same lines.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Catalog } from "../../functions/schemas/catalog.ts";
import { addDays, dayStartMs, utcDay } from "../../shared/utc-day.ts";
import { siteConfig } from "../../site.config.ts";
import { chance, createRandom, integerBetween, pickOne, type Random } from "../lib/random.ts";

export interface ImportFileCounts {
  lines: number;
  pageviews: number;
  engagement: number;
  goals: number;
  outbound: number;
  comments: number;
  days: number;
}

type LineType = "pageview" | "engagement" | "goal" | "outbound" | "comment";
type BenchLine = { type: LineType } & Record<string, string | number>;

const countOf = {
  pageview: "pageviews",
  engagement: "engagement",
  goal: "goals",
  outbound: "outbound",
  comment: "comments",
} as const satisfies Record<LineType, keyof ImportFileCounts>;

const origin = new URL(siteConfig.url).origin;
const referrers = [
  "",
  "https://www.linkedin.com/",
  "https://www.google.com/",
  "https://www.xing.com/",
  "https://news.ycombinator.com/",
];
const countries = ["DE", "AT", "CH", "US", "GB", "NL"];

function pageviewLines(random: Random, catalog: Catalog, at: number, pageId: string, visitor: string): BenchLine[] {
  const post = catalog.posts.length > 0 && chance(random, 0.85) ? pickOne(random, catalog.posts) : null;
  const url = `${origin}${post?.path ?? "/"}${chance(random, 0.1) ? "?utm_source=newsletter&utm_medium=email&utm_campaign=bench" : ""}`;
  const when = (offsetMs: number) => new Date(at + offsetMs).toISOString();
  const lines: BenchLine[] = [
    {
      type: "pageview",
      url,
      referrer: pickOne(random, referrers),
      pageId,
      at: when(0),
      visitor,
      country: pickOne(random, countries),
    },
  ];
  if (chance(random, 0.75)) {
    const engagedMs = integerBetween(random, 1_000, 400_000);
    lines.push({
      type: "engagement",
      url,
      pageId,
      engagedMs,
      scrollDepth: integerBetween(random, 0, 100),
      at: when(engagedMs),
    });
  }
  if (chance(random, 0.02)) lines.push({ type: "goal", url, pageId, name: "newsletter", at: when(60_000) });
  if (chance(random, 0.03))
    lines.push({
      type: "outbound",
      url,
      pageId,
      target: "https://en.wikipedia.org/wiki/Web_analytics",
      at: when(90_000),
    });
  if (post && chance(random, 0.002)) {
    const text = `Comment ${pageId}: thank you for this post.`;
    lines.push({
      type: "comment",
      at: when(120_000),
      post: post.slug,
      pageId,
      name: "Bench Reader",
      text,
      status: "approved",
    });
  }
  return lines;
}

/**
 * Writes about `targetLines` lines over the `days` days before `now` to `file`, in time order
 * per day, and returns what it wrote.
 */
export async function writeImportFile(
  file: string,
  catalog: Catalog,
  options: { targetLines: number; days: number; now: Date },
) {
  const random = createRandom(1);
  const out = createWriteStream(file);
  const counts: ImportFileCounts = {
    lines: 0,
    pageviews: 0,
    engagement: 0,
    goals: 0,
    outbound: 0,
    comments: 0,
    days: options.days,
  };
  const firstDay = addDays(utcDay(options.now), -options.days);
  // About 1.8 lines per pageview with the mix above.
  const viewsPerDay = Math.max(1, Math.round(options.targetLines / 1.8 / options.days));
  for (let index = 0; index < options.days; index++) {
    const start = dayStartMs(addDays(firstDay, index));
    for (let view = 0; view < viewsPerDay; view++) {
      const at = start + Math.floor((view / viewsPerDay) * 86_000_000);
      const visitor = `reader-${index}-${integerBetween(random, 0, Math.ceil(viewsPerDay / 2.5))}`;
      for (const line of pageviewLines(random, catalog, at, `bench-${index}-${view}`, visitor)) {
        counts.lines++;
        counts[countOf[line.type]]++;
        if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
      }
    }
  }
  out.end();
  await once(out, "finish");
  return counts;
}
