import { eachDay } from "../../../functions/traction/credit";
import type { PostPeriod } from "../../../functions/traction/rank";

/**
 * The worked example of docs/traction.md: a 30-day period (complete days) and the 30 days
 * before, five topics, eight posts. Reads come evenly spread unless a post says otherwise.
 */
export const examplePeriod = { from: "2026-10-01", to: "2026-10-30" };
export const examplePrevious = { from: "2026-08-31", to: "2026-09-30" };

const days = [...eachDay(examplePrevious.from, examplePrevious.to), ...eachDay(examplePeriod.from, examplePeriod.to)];

interface ExamplePost {
  slug: string;
  topics: string[];
  pubDate?: string;
  /** Engaged reads per day before and in the period. */
  before: number;
  now: number;
  /** Extra engaged reads on one day of the period (a share). */
  burst?: number;
  comments?: number;
  goals?: number;
}

const posts: ExamplePost[] = [
  { slug: "cookie-banner", topics: ["datenschutz"], before: 3, now: 3, comments: 4, goals: 3 },
  { slug: "dsgvo-checkliste", topics: ["datenschutz"], before: 2, now: 3, comments: 2, goals: 2 },
  { slug: "einwilligung", topics: ["datenschutz", "analytics"], before: 2, now: 2, comments: 1, goals: 1 },
  { slug: "open-rates", topics: ["newsletter"], before: 2, now: 2, burst: 240, comments: 3, goals: 6 },
  { slug: "server-logs", topics: ["analytics"], before: 1, now: 2, goals: 1 },
  { slug: "utm-tags", topics: ["analytics"], before: 1, now: 2, comments: 1 },
  { slug: "linkedin-rhythmus", topics: ["social-media"], before: 1, now: 1, comments: 1 },
  { slug: "xing-gruppen", topics: ["social-media"], pubDate: "2026-10-21", before: 0, now: 4, comments: 2, goals: 1 },
  { slug: "erste-schritte", topics: ["content"], pubDate: "2026-10-05", before: 0, now: 1 },
];

export function examplePosts(): PostPeriod[] {
  return posts.map((post) => {
    const pubDate = post.pubDate ?? "2026-01-15";
    const dailyReads = new Map(
      days
        .filter((day) => day >= pubDate)
        .map((day) => [
          day,
          day < examplePeriod.from ? post.before : post.now + (day === "2026-10-12" ? (post.burst ?? 0) : 0),
        ]),
    );
    const engagedReads = eachDay(examplePeriod.from, examplePeriod.to).reduce(
      (sum, day) => sum + (dailyReads.get(day) ?? 0),
      0,
    );
    return {
      slug: post.slug,
      pubDate,
      topics: post.topics.map((slug) => ({ slug, name: slug })),
      views: engagedReads * 2,
      visitors: engagedReads * 2,
      engagedReads,
      readThroughs: Math.round(engagedReads * 0.6),
      comments: post.comments ?? 0,
      goals: post.goals ?? 0,
      dailyReads,
    };
  });
}
