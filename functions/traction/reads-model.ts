import { topicShare } from "./credit";
import { betweenVariance, type Estimate, shrinkToward } from "./pooling";

/**
 * Engaged reads per post-day of each topic, shrunk toward the site (docs/traction.md,
 * "Reads per post-day"). Two levels of pooling:
 *  1. Posts vary: the between-post variance (DerSimonian–Laird, around the site's rate)
 *     says how much one post tells about its topic. A post's own noise is the variance
 *     of its daily reads (at least Poisson's): reads that came in one burst, a share or a
 *     newsletter, say less than as many reads spread over the month.
 *  2. Topics vary: each topic's credit-weighted mean of its posts is pulled toward the
 *     site's rate by the share of its variance that is noise (empirical Bayes).
 */
export interface PostReads {
  topics: string[];
  engagedReads: number;
  /** Days the post was live in the period. */
  postDays: number;
  /** Sample variance of its engaged reads per live day (0 when unknown). */
  dailyVariance: number;
}

export interface TopicReads {
  /** Engaged reads per post-day, shrunk. */
  rate: number;
  /** Posterior standard deviation of `rate`. */
  sd: number;
}

export interface ReadsModel {
  siteRate: number;
  topics: Map<string, TopicReads>;
}

function siteRateOf(posts: PostReads[]): number {
  const days = posts.reduce((sum, post) => sum + post.postDays, 0);
  return days > 0 ? posts.reduce((sum, post) => sum + post.engagedReads, 0) / days : 0;
}

/** The credit-weighted, inverse-variance mean of a topic's posts, and its variance. */
function topicMean(posts: { share: number; rate: number; variance: number }[]): Estimate {
  let sumU = 0;
  let sumUX = 0;
  let sumU2V = 0;
  for (const post of posts) {
    const u = post.share / post.variance;
    sumU += u;
    sumUX += u * post.rate;
    sumU2V += u * u * post.variance;
  }
  return { value: sumUX / sumU, variance: sumU2V / (sumU * sumU) };
}

export function modelReads(posts: PostReads[]): ReadsModel {
  const live = posts.filter((post) => post.postDays > 0 && post.topics.length > 0);
  const siteRate = siteRateOf(live);
  const topics = new Map<string, TopicReads>();
  if (siteRate === 0) {
    for (const post of live) for (const topic of post.topics) topics.set(topic, { rate: 0, sd: 0 });
    return { siteRate, topics };
  }
  const measured = live.map((post) => ({
    post,
    rate: post.engagedReads / post.postDays,
    noise: Math.max(siteRate, post.dailyVariance) / post.postDays,
  }));
  const postTau2 = betweenVariance(
    measured.map(({ rate, noise }) => ({ value: rate, variance: noise })),
    siteRate,
  );
  const byTopic = new Map<string, { share: number; rate: number; variance: number }[]>();
  for (const { post, rate, noise } of measured) {
    for (const topic of post.topics) {
      const list = byTopic.get(topic) ?? [];
      list.push({ share: topicShare(post), rate, variance: postTau2 + noise });
      byTopic.set(topic, list);
    }
  }
  const means = new Map([...byTopic].map(([topic, list]) => [topic, topicMean(list)]));
  const topicTau2 = betweenVariance([...means.values()], siteRate);
  for (const [topic, mean] of means) {
    const shrunk = shrinkToward(mean, siteRate, topicTau2, means.size);
    topics.set(topic, { rate: Math.max(0, shrunk.value), sd: Math.sqrt(shrunk.variance) });
  }
  return { siteRate, topics };
}
