import { describe, expect, it } from "vitest";
import {
  compareWithPrevious,
  scoreTopic,
  shrinkRate,
  siteRates,
  type TopicCounts,
} from "../../functions/traction/score";

function counts(overrides: Partial<TopicCounts>): TopicCounts {
  return { posts: 1, views: 0, visitors: 0, engagedReads: 0, comments: 0, goals: 0, ...overrides };
}

describe("shrinkRate", () => {
  it("is the beta-binomial posterior mean", () => {
    expect(shrinkRate(2, 3, 0.05, 30)).toBeCloseTo(3.5 / 33, 10);
    expect(shrinkRate(0, 0, 0.05, 30)).toBe(0.05);
  });
});

describe("scoreTopic", () => {
  const site = { readThrough: 0.4, response: 0.05 };

  it("computes the worked example of docs/traction.md", () => {
    const small = scoreTopic(counts({ posts: 1, views: 3, engagedReads: 3, comments: 2 }), site);
    const large = scoreTopic(counts({ posts: 10, views: 3000, engagedReads: 1500, comments: 400 }), site);
    expect(small.responseRate).toBeCloseTo(3.5 / 33, 10);
    expect(small.score).toBeCloseTo(3 * (1 + 10 * (3.5 / 33)), 10);
    expect(large.score).toBeCloseTo(150 * (1 + 10 * (401.5 / 1530)), 10);
    expect(large.score).toBeGreaterThan(small.score);
    expect(small.lowSample).toBe(true);
    expect(large.lowSample).toBe(false);
  });

  it("normalises per post: one strong post beats twenty weak ones", () => {
    const strong = scoreTopic(counts({ posts: 1, views: 900, engagedReads: 500 }), site);
    const many = scoreTopic(counts({ posts: 20, views: 6000, engagedReads: 2000 }), site);
    expect(strong.score).toBeGreaterThan(many.score);
  });

  it("ignores raw views: more views without more reading do not raise the score", () => {
    const read = scoreTopic(counts({ views: 200, engagedReads: 100 }), site);
    const skimmed = scoreTopic(counts({ views: 5000, engagedReads: 100 }), site);
    expect(skimmed.score).toBeCloseTo(read.score, 10);
    expect(skimmed.readThroughRate).toBeLessThan(read.readThroughRate);
  });

  it("shrinks the read-through rate toward the site's with the weight of 50 views", () => {
    expect(scoreTopic(counts({ views: 50, engagedReads: 50 }), site).readThroughRate).toBeCloseTo(70 / 100, 10);
  });
});

describe("siteRates", () => {
  it("divides engaged reads by views and responses by engaged reads", () => {
    expect(siteRates(counts({ views: 1000, engagedReads: 400, comments: 10, goals: 10 }))).toEqual({
      readThrough: 0.4,
      response: 0.05,
    });
    expect(siteRates(counts({}))).toEqual({ readThrough: 0, response: 0 });
  });
});

describe("compareWithPrevious", () => {
  it.each([
    { current: 10, previous: 0, expected: null },
    { current: 0, previous: 0, expected: null },
    { current: 120, previous: 100, expected: { change: 0.2, significant: false } },
    { current: 150, previous: 100, expected: { change: 0.5, significant: true } },
    { current: 60, previous: 100, expected: { change: -0.4, significant: true } },
    { current: 3, previous: 1, expected: { change: 2, significant: false } },
  ])("$current against $previous", ({ current, previous, expected }) => {
    const trend = compareWithPrevious(current, previous);
    if (expected === null) expect(trend).toBeNull();
    else {
      expect(trend?.change).toBeCloseTo(expected.change, 10);
      expect(trend?.significant).toBe(expected.significant);
    }
  });
});
