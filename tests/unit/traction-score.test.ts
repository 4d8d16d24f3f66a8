import { describe, expect, it } from "vitest";
import { liveDays, topicShare } from "../../functions/traction/credit";
import { benjaminiHochberg } from "../../functions/traction/false-discovery";
import { betweenVariance, shrinkToward } from "../../functions/traction/pooling";
import { modelReads } from "../../functions/traction/reads-model";
import { priorReads, shrinkResponseRate } from "../../functions/traction/response-model";
import { isLowSample, scoreTopic } from "../../functions/traction/score";

describe("exposure and credit", () => {
  it("counts a post for the days it was live in the period", () => {
    expect(liveDays("2026-01-01", "2026-03-01", "2026-03-30")).toBe(30);
    expect(liveDays("2026-03-29", "2026-03-01", "2026-03-30")).toBe(2);
    expect(liveDays("2026-03-31", "2026-03-01", "2026-03-30")).toBe(0);
  });

  it("gives each of a post's topics an equal share", () => {
    expect(topicShare({ topics: ["x", "y", "z"] })).toBeCloseTo(1 / 3, 10);
  });
});

describe("pooling", () => {
  it("finds no real spread when the values vary no more than their noise", () => {
    const estimates = [9, 10, 11, 10].map((value) => ({ value, variance: 4 }));
    expect(betweenVariance(estimates, 10)).toBe(0);
  });

  it("pulls a noisy estimate further toward the centre than a precise one", () => {
    const noisy = shrinkToward({ value: 20, variance: 9 }, 10, 1, 20);
    const precise = shrinkToward({ value: 20, variance: 0.1 }, 10, 1, 20);
    expect(noisy.value).toBeCloseTo(11, 10);
    expect(precise.value).toBeGreaterThan(19);
  });
});

describe("reads per post-day", () => {
  const steadyPost = (topic: string) => ({ topics: [topic], engagedReads: 60, postDays: 30, dailyVariance: 2 });

  it("gives a topic with one hit post a wider interval than a topic of several steady posts", () => {
    const model = modelReads([
      ...Array.from({ length: 4 }, () => steadyPost("steady")),
      { topics: ["hit"], engagedReads: 300, postDays: 30, dailyVariance: 500 },
      ...Array.from({ length: 12 }, (_, index) => steadyPost(`other-${index % 4}`)),
    ]);
    const hit = model.topics.get("hit");
    const steady = model.topics.get("steady");
    expect(hit && steady && hit.sd > steady.sd).toBe(true);
    expect(hit?.rate).toBeLessThan(10);
  });

  it("is exactly the site's rate for every topic when all posts read alike", () => {
    const model = modelReads(["a", "b", "c"].flatMap((topic) => [steadyPost(topic), steadyPost(topic)]));
    expect(model.siteRate).toBe(2);
    for (const topic of model.topics.values()) expect(topic.rate).toBeCloseTo(2, 10);
  });
});

describe("the response rate", () => {
  it("is the beta-binomial posterior mean toward the site's rate", () => {
    expect(shrinkResponseRate(2, 3, 0.05).rate).toBeCloseTo((2 + priorReads * 0.05) / (3 + priorReads), 10);
    expect(shrinkResponseRate(0, 0, 0.05).rate).toBeCloseTo(0.05, 10);
  });

  it("never counts more than one response per engaged read", () => {
    expect(shrinkResponseRate(40, 10, 0.05).rate).toBeLessThanOrEqual(1);
  });
});

describe("the score", () => {
  it("is reads per post-day times (1 + 10 × response rate), inside its interval", () => {
    const { score, interval } = scoreTopic({ rate: 2, sd: 0.2 }, { rate: 0.05, sd: 0.01 });
    expect(score).toBeCloseTo(3, 10);
    expect(interval.low).toBeLessThan(score);
    expect(interval.high).toBeGreaterThan(score);
  });

  it("flags small samples", () => {
    expect(isLowSample({ views: 99, engagedReads: 50 })).toBe(true);
    expect(isLowSample({ views: 100, engagedReads: 20 })).toBe(false);
  });
});

describe("Benjamini–Hochberg", () => {
  it("flags the p-values below the step-up line", () => {
    expect(benjaminiHochberg([0.001, 0.01, 0.04, 0.5], 0.05)).toStrictEqual([true, true, false, false]);
    expect(benjaminiHochberg([0.04, 0.04], 0.05)).toStrictEqual([true, true]);
  });
});
