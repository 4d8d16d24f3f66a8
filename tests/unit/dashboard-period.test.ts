import { describe, expect, it } from "vitest";
import { lastDays, periodSearch, readPeriod } from "../../src/pages/dashboard/_lib/period-choice";

const now = new Date("2026-03-14T23:59:00Z");
const lastThirtyDays = { from: "2026-02-12", to: "2026-03-13" };

describe("lastDays", () => {
  it.each([
    { days: 1, expected: { from: "2026-03-13", to: "2026-03-13" } },
    { days: 7, expected: { from: "2026-03-07", to: "2026-03-13" } },
    { days: 30, expected: lastThirtyDays },
  ])("$days complete days end yesterday (UTC)", ({ days, expected }) => {
    expect(lastDays(days, now)).toEqual(expected);
  });
});

describe("readPeriod", () => {
  it.each([
    { query: "", expected: { period: lastThirtyDays, invalid: false } },
    {
      query: "from=2026-01-01&to=2026-01-31",
      expected: { period: { from: "2026-01-01", to: "2026-01-31" }, invalid: false },
    },
    { query: "from=2026-02-01&to=2026-01-01", expected: { period: lastThirtyDays, invalid: true } },
    { query: "from=2024-01-01&to=2026-01-01", expected: { period: lastThirtyDays, invalid: true } },
    { query: "from=&to=", expected: { period: lastThirtyDays, invalid: true } },
    { query: "from=2026-01-01", expected: { period: lastThirtyDays, invalid: true } },
    { query: "to=yesterday", expected: { period: lastThirtyDays, invalid: true } },
    { query: "from=2026-02-30&to=2026-03-01", expected: { period: lastThirtyDays, invalid: true } },
    { query: "from=2026-13-01&to=2026-12-01", expected: { period: lastThirtyDays, invalid: true } },
  ])("?$query", ({ query, expected }) => {
    expect(readPeriod(new URLSearchParams(query), now)).toEqual(expected);
  });
});

describe("periodSearch", () => {
  it("keeps the period and adds extra parameters", () => {
    expect(periodSearch({ from: "2026-01-01", to: "2026-01-31" }, { topic: "analytics" })).toBe(
      "from=2026-01-01&to=2026-01-31&topic=analytics",
    );
  });
});
