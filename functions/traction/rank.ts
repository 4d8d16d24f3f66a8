import { eachDay, isLive, liveDays, topicShare } from "./credit";
import { modelReads } from "./reads-model";
import { shrinkResponseRate, siteResponseRate } from "./response-model";
import { type Interval, isLowSample, responseWeight, scoreTopic } from "./score";
import { compareTopics, type DayCount, type Trend } from "./trend";

/**
 * Ranks the topics of a period from per-post numbers (docs/traction.md). Pure: the query
 * (functions/queries/traction.ts) reads the numbers, this decides what they mean.
 */
export interface PostPeriod {
  slug: string;
  pubDate: string;
  topics: { slug: string; name: string }[];
  views: number;
  visitors: number;
  engagedReads: number;
  readThroughs: number;
  comments: number;
  goals: number;
  /** Engaged reads per day of the current and of the previous period. */
  dailyReads: Map<string, number>;
}

export interface RankingInput {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  posts: PostPeriod[];
}

export interface RankedTopic {
  slug: string;
  name: string;
  posts: number;
  /** Days its posts were live in the period, each post's days times its share. */
  postDays: number;
  views: number;
  visitors: number;
  engagedReads: number;
  comments: number;
  goals: number;
  /** Read-throughs per view (reading to the end, see docs/traction.md); context, not in the score. */
  readThroughRate: number;
  readsPerPostDay: number;
  responseRate: number;
  score: number;
  interval: Interval;
  lowSample: boolean;
  trend: Trend | null;
  /** Engaged reads per day of the period (credited shares), for the sparkline. */
  series: number[];
}

/** Sample variance of a post's engaged reads over the days it was live in the period. */
function dailyVariance(post: PostPeriod, days: string[]): number {
  const counts = days.filter((day) => isLive(post.pubDate, day)).map((day) => post.dailyReads.get(day) ?? 0);
  if (counts.length < 2) return 0;
  const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
  return counts.reduce((sum, count) => sum + (count - mean) ** 2, 0) / (counts.length - 1);
}

function dayCounts(posts: PostPeriod[], slug: string, days: string[]): DayCount[] {
  return days.map((day) => {
    let reads = 0;
    let postDays = 0;
    for (const post of posts) {
      if (!post.topics.some((topic) => topic.slug === slug) || !isLive(post.pubDate, day)) continue;
      const share = topicShare(post);
      reads += share * (post.dailyReads.get(day) ?? 0);
      postDays += share;
    }
    return { reads, postDays };
  });
}

/** The site as one topic: what "above the site" means for a topic's score. */
export interface SiteTraction {
  readsPerPostDay: number;
  responseRate: number;
  score: number;
}

export interface Ranking {
  topics: RankedTopic[];
  site: SiteTraction;
}

export function rankTopicsOf({ period, previous, posts }: RankingInput): Ranking {
  const live = posts.filter((post) => liveDays(post.pubDate, period.from, period.to) > 0);
  const slugsOf = (post: PostPeriod) => post.topics.map((topic) => topic.slug);
  const days = eachDay(period.from, period.to);
  const reads = modelReads(
    live.map((post) => ({
      topics: slugsOf(post),
      engagedReads: post.engagedReads,
      postDays: liveDays(post.pubDate, period.from, period.to),
      dailyVariance: dailyVariance(post, days),
    })),
  );
  const siteResponses = live.reduce((sum, post) => sum + post.comments + post.goals, 0);
  const siteReads = live.reduce((sum, post) => sum + post.engagedReads, 0);
  const siteResponse = siteResponseRate(siteResponses, siteReads);
  const names = new Map(live.flatMap((post) => post.topics.map((topic) => [topic.slug, topic.name] as const)));
  const daysBefore = eachDay(previous.from, previous.to);
  // Each topic's days, counted once: the trend tests them and the sparkline draws the current ones.
  const topicDays = new Map(
    [...names.keys()].map((slug) => [
      slug,
      { current: dayCounts(posts, slug, days), previous: dayCounts(posts, slug, daysBefore) },
    ]),
  );
  const trends = compareTopics(topicDays);
  const topics = [...names]
    .map(([slug, name]) => {
      const own = live.filter((post) => slugsOf(post).includes(slug));
      const sum = (key: "views" | "visitors" | "engagedReads" | "readThroughs" | "comments" | "goals") =>
        own.reduce((total, post) => total + post[key], 0);
      const credited = (pick: (post: PostPeriod) => number) =>
        own.reduce((total, post) => total + pick(post) * topicShare(post), 0);
      const topicReads = reads.topics.get(slug) ?? { rate: 0, sd: 0 };
      const response = shrinkResponseRate(
        credited((post) => post.comments + post.goals),
        credited((post) => post.engagedReads),
        siteResponse,
      );
      const views = sum("views");
      const engagedReads = sum("engagedReads");
      return {
        slug,
        name,
        posts: own.length,
        postDays: credited((post) => liveDays(post.pubDate, period.from, period.to)),
        views,
        visitors: sum("visitors"),
        engagedReads,
        comments: sum("comments"),
        goals: sum("goals"),
        readThroughRate: views > 0 ? sum("readThroughs") / views : 0,
        readsPerPostDay: topicReads.rate,
        responseRate: response.rate,
        ...scoreTopic(topicReads, response),
        lowSample: isLowSample({ views, engagedReads }),
        trend: trends.get(slug) ?? null,
        series: (topicDays.get(slug)?.current ?? []).map((day) => day.reads),
      };
    })
    .sort(
      (a, b) =>
        b.interval.low - a.interval.low ||
        b.score - a.score ||
        b.engagedReads - a.engagedReads ||
        a.name.localeCompare(b.name),
    );
  const site = {
    readsPerPostDay: reads.siteRate,
    responseRate: siteResponse,
    score: reads.siteRate * (1 + responseWeight * siteResponse),
  };
  return { topics, site };
}
