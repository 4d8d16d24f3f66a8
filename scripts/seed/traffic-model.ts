/**
 * How much traffic each day gets and where it lands: growth over the year, weekdays,
 * holidays, launch spikes when a post is shared, a fortnightly newsletter, and search
 * traffic that builds up as a post ages. Posts get no traffic before their pubDate.
 */
import { addDays, daysBetween } from "../../shared/utc-day.ts";
import { createRandom, hashString, logNormal, type Random, weightedSampler } from "../lib/random.ts";
import type { DemoPage } from "./pages.ts";
import { type Source, sources } from "./sources.ts";

export interface Entry {
  page: DemoPage;
  source: Source;
  campaign: string;
}

export interface DayPlan {
  day: string;
  /** Relative traffic of the day; the seeder shares the requested views out by it. */
  weight: number;
  pickEntry: (random: Random) => Entry;
}

interface NewsletterIssue {
  day: string;
  featured: Set<string>;
}

/** Every second Thursday an issue features the newest post and one from the archive. */
function planNewsletter(
  pages: readonly DemoPage[],
  firstDay: string,
  lastDay: string,
  seed: number,
): NewsletterIssue[] {
  const random = createRandom(seed ^ hashString("newsletter"));
  const posts = pages.filter((page) => page.kind === "post");
  const issues: NewsletterIssue[] = [];
  let day = firstDay;
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 4) day = addDays(day, 1);
  for (; day <= lastDay; day = addDays(day, 14)) {
    const published = posts.filter((post) => post.since <= day).sort((a, b) => b.since.localeCompare(a.since));
    const [newest, ...older] = published;
    if (!newest) continue;
    const featured = new Set([newest.path]);
    const fromArchive = older[Math.floor(random.next() * older.length)];
    if (fromArchive) featured.add(fromArchive.path);
    issues.push({ day, featured });
  }
  return issues;
}

/** Newsletter traffic of a post on `day`, and the issue that brought most of it. */
function newsletterPull(page: DemoPage, day: string, issues: readonly NewsletterIssue[]) {
  let pull = 0;
  let campaign = "";
  for (const issue of issues) {
    if (issue.day > day || !issue.featured.has(page.path)) continue;
    pull += 10 * Math.exp(-daysBetween(issue.day, day) / 1.3);
    campaign = `newsletter-${issue.day}`;
  }
  return { pull, campaign };
}

// How site pages (not posts) draw from each kind of source.
const sitePagePull: Readonly<Record<DemoPage["kind"], Readonly<Record<Source["lifecycle"], number>>>> = {
  post: { launch: 0, evergreen: 0, steady: 0, newsletter: 0 },
  home: { launch: 0.3, evergreen: 0.4, steady: 1, newsletter: 0 },
  about: { launch: 0.6, evergreen: 0.1, steady: 0.5, newsletter: 0 },
  topic: { launch: 0.1, evergreen: 0.5, steady: 0.1, newsletter: 0 },
  archive: { launch: 0.05, evergreen: 0.05, steady: 0.5, newsletter: 0 },
};

function lifecyclePull(page: DemoPage, source: Source, age: number): number {
  if (page.kind !== "post") return sitePagePull[page.kind][source.lifecycle];
  // Shared when published, then reshared and found through the author's profile now and then.
  if (source.lifecycle === "launch") return 0.35 + 10 * Math.exp(-age / 3);
  if (source.lifecycle === "evergreen") return Math.min(1, (age + 3) / 60);
  return 0.35 + 1.2 * Math.exp(-age / 6);
}

function affinity(page: DemoPage, source: Source): number {
  const topical =
    page.topics.length === 0
      ? 1
      : page.topics.reduce((sum, topic) => sum + (source.topics[topic] ?? 1), 0) / page.topics.length;
  return topical * source.langs[page.lang];
}

/** The audience grows over the year; August and the days around New Year are quiet. */
function seasonOf(day: string, yearFraction: number, random: Random): number {
  const growth = 0.6 * (1 / 0.6) ** yearFraction;
  const monthDay = day.slice(5);
  const holiday = monthDay >= "12-22" || monthDay <= "01-06" ? 0.55 : monthDay.startsWith("08") ? 0.78 : 1;
  return growth * holiday * logNormal(random, 1, 0.12);
}

function planDay(
  day: string,
  yearFraction: number,
  pages: readonly DemoPage[],
  issues: readonly NewsletterIssue[],
  seed: number,
): DayPlan {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const entries: [Entry, number][] = [];
  for (const page of pages) {
    if (page.since > day) continue;
    const age = daysBetween(page.since, day);
    for (const source of sources) {
      const { pull, campaign } =
        source.lifecycle === "newsletter"
          ? newsletterPull(page, day, issues)
          : { pull: lifecyclePull(page, source, age), campaign: "" };
      const weight = source.share * (source.weekdays[weekday] ?? 1) * page.popularity * affinity(page, source) * pull;
      if (weight > 0) entries.push([{ page, source, campaign }, weight]);
    }
  }
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const season = seasonOf(day, yearFraction, createRandom(seed ^ hashString(day)));
  return { day, weight: total * season, pickEntry: weightedSampler(entries) };
}

/** One plan per day from `firstDay` to `lastDay`, both inclusive. */
export function planYear(pages: readonly DemoPage[], firstDay: string, lastDay: string, seed: number): DayPlan[] {
  const issues = planNewsletter(pages, firstDay, lastDay, seed);
  const length = daysBetween(firstDay, lastDay);
  const plans: DayPlan[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    plans.push(planDay(day, length === 0 ? 1 : daysBetween(firstDay, day) / length, pages, issues, seed));
  }
  return plans;
}

/** Shares `views` out over the days by weight, so that they add up exactly (largest remainder). */
export function shareViews(plans: readonly DayPlan[], views: number, todayFraction: number): number[] {
  const weights = plans.map((plan, index) => plan.weight * (index === plans.length - 1 ? todayFraction : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (total > 0 ? (views * weight) / total : 0));
  const counts = exact.map(Math.floor);
  let missing = views - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, index): [number, number] => [value - Math.floor(value), index])
    .sort((a, b) => b[0] - a[0]);
  for (const [, index] of byRemainder) {
    if (missing <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing--;
  }
  return counts;
}
