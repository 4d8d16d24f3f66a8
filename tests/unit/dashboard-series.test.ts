import { describe, expect, it } from "vitest";
import { areaPath, chartBox, fillDays, linePoints, summarize } from "../../src/pages/dashboard/_lib/daily-series";

const quiet = { views: 0, visitors: 0, engagedReads: 0, comments: 0 };

describe("fillDays", () => {
  it("gives every day of the period a row, zero where no roll-up exists", () => {
    const busy = { day: "2026-03-02", views: 5, visitors: 4, engagedReads: 2, comments: 1 };
    expect(fillDays([busy], { from: "2026-03-01", to: "2026-03-03" })).toEqual([
      { day: "2026-03-01", ...quiet },
      busy,
      { day: "2026-03-03", ...quiet },
    ]);
  });
});

describe("summarize", () => {
  it("names the total, the maximum and its first day", () => {
    expect(summarize(["a", "b", "c"], [2, 7, 7])).toEqual({ total: 16, max: 7, maxDay: "b" });
  });

  it("takes the first day when nothing happened", () => {
    expect(summarize(["a", "b"], [0, 0])).toEqual({ total: 0, max: 0, maxDay: "a" });
  });
});

describe("linePoints", () => {
  const { width, height, padding } = chartBox;

  it("spans the width and puts the largest value at the top", () => {
    expect(linePoints([0, 5, 10])).toEqual([
      [0, height - padding],
      [width / 2, height / 2],
      [width, padding],
    ]);
  });

  it("draws a single day as a level line across the chart", () => {
    expect(linePoints([3])).toEqual([
      [0, padding],
      [width, padding],
    ]);
  });

  it("keeps an all-zero series on the baseline", () => {
    expect(linePoints([0, 0]).map(([, y]) => y)).toEqual([height - padding, height - padding]);
  });
});

describe("areaPath", () => {
  it("closes the line down to the baseline", () => {
    expect(areaPath(linePoints([0, 10]))).toBe(
      `M0.0,94.0 L1000.0,6.0 L1000.0,${chartBox.height} L0.0,${chartBox.height} Z`,
    );
  });

  it("is empty without points", () => {
    expect(areaPath([])).toBe("");
  });
});
