import { describe, expect, it } from "vitest";
import { rankTopicsOf } from "../../functions/traction/rank";
import { examplePeriod, examplePosts, examplePrevious } from "./support/worked-example";

/** docs/traction.md walks through this example; the numbers there are these, rounded. */
describe("the worked example of docs/traction.md", () => {
  const ranking = rankTopicsOf({ period: examplePeriod, previous: examplePrevious, posts: examplePosts() });
  const topic = (slug: string) => {
    const found = ranking.topics.find((candidate) => candidate.slug === slug);
    if (!found) throw new Error(`no topic ${slug}`);
    return found;
  };

  it("measures the site: 3.07 engaged reads per post-day, a response rate of 3.7 %, a score of 4.21", () => {
    expect(ranking.site.readsPerPostDay).toBeCloseTo(3.07, 2);
    expect(ranking.site.responseRate).toBeCloseTo(0.037, 3);
    expect(ranking.site.score).toBeCloseTo(4.21, 2);
  });

  it("ranks by the lower end of the 80 % range", () => {
    expect(ranking.topics.map((row) => row.slug)).toEqual([
      "datenschutz",
      "social-media",
      "analytics",
      "content",
      "newsletter",
    ]);
  });

  it.each([
    { slug: "datenschutz", postDays: 75, reads: 2.97, score: 4.56, low: 3.43, high: 6.05, status: "steady" },
    { slug: "social-media", postDays: 40, reads: 2.89, score: 4.3, low: 2.9, high: 6.36, status: "rising" },
    { slug: "analytics", postDays: 75, reads: 2.68, score: 3.33, low: 2.14, high: 5.18, status: "rising" },
    { slug: "content", postDays: 26, reads: 2.72, score: 3.38, low: 1.36, high: 8.41, status: "new" },
    { slug: "newsletter", postDays: 30, reads: 3.11, score: 4.08, low: 0.16, high: 101.36, status: "steady" },
  ])("gives $slug $postDays post-days, $reads reads per post-day, score $score ($low–$high), trend $status", (row) => {
    const found = topic(row.slug);
    expect(found.postDays).toBeCloseTo(row.postDays, 6);
    expect(found.readsPerPostDay).toBeCloseTo(row.reads, 2);
    expect(found.score).toBeCloseTo(row.score, 2);
    expect(found.interval.low).toBeCloseTo(row.low, 2);
    expect(found.interval.high).toBeCloseTo(row.high, 2);
    expect(found.trend?.status).toBe(row.status);
  });
});
