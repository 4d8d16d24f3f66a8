/**
 * When the weekly letter is due: Monday 07:00 on the author's wall clock, read with Intl in
 * their time zone, so that a change to or from summer time moves the UTC hour, not the letter.
 */
import { describe, expect, it } from "vitest";
import { mondayOf, previousWeek, weekOfDay, weekPeriod } from "../../functions/letter/iso-week";
import { dueLetter, zonedInstant } from "../../functions/letter/schedule";

const berlin = { timeZone: "Europe/Berlin", weekday: 1, hour: 7 };

describe("ISO weeks", () => {
  it("names weeks across a year's end as ISO 8601 does", () => {
    expect(weekOfDay("2026-01-01")).toBe("2026-W01");
    expect(weekOfDay("2025-12-29")).toBe("2026-W01");
    expect(weekOfDay("2027-01-03")).toBe("2026-W53");
    expect(weekOfDay("2027-01-04")).toBe("2027-W01");
    expect(mondayOf("2026-W01")).toBe("2025-12-29");
    expect(weekPeriod("2026-W49")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(previousWeek("2027-W01")).toBe("2026-W53");
  });
});

describe("the letter's schedule", () => {
  it("is due on Monday 07:00 in Berlin, 06:00 UTC in winter, for the week before", () => {
    const before = dueLetter(new Date("2026-12-07T05:59:00Z"), berlin);
    expect(before).toEqual({ week: "2026-W48", dueAt: new Date("2026-11-30T06:00:00Z") });
    const at = dueLetter(new Date("2026-12-07T06:00:00Z"), berlin);
    expect(at).toEqual({ week: "2026-W49", dueAt: new Date("2026-12-07T06:00:00Z") });
    // Later in the week the same letter is the one due: a run that was missed sends it then.
    expect(dueLetter(new Date("2026-12-10T12:00:00Z"), berlin).week).toBe("2026-W49");
  });

  it("moves to 05:00 UTC after the change to summer time (Sunday 29 March 2026)", () => {
    expect(zonedInstant("2026-03-23", 7, "Europe/Berlin")).toEqual(new Date("2026-03-23T06:00:00Z"));
    expect(zonedInstant("2026-03-30", 7, "Europe/Berlin")).toEqual(new Date("2026-03-30T05:00:00Z"));
    expect(dueLetter(new Date("2026-03-30T04:59:00Z"), berlin).week).toBe("2026-W12");
    expect(dueLetter(new Date("2026-03-30T05:00:00Z"), berlin)).toEqual({
      week: "2026-W13",
      dueAt: new Date("2026-03-30T05:00:00Z"),
    });
  });

  it("moves back to 06:00 UTC after the change to winter time (Sunday 25 October 2026)", () => {
    expect(dueLetter(new Date("2026-10-26T05:30:00Z"), berlin).week).toBe("2026-W42");
    expect(dueLetter(new Date("2026-10-26T06:00:00Z"), berlin)).toEqual({
      week: "2026-W43",
      dueAt: new Date("2026-10-26T06:00:00Z"),
    });
  });

  it("reads the hour in New York, whose summer time changes on other days than Europe's", () => {
    const newYork = { timeZone: "America/New_York", weekday: 1, hour: 7 };
    // 30 March 2026: New York is already on summer time (since 8 March), UTC−4.
    expect(dueLetter(new Date("2026-03-30T11:00:00Z"), newYork).week).toBe("2026-W13");
    expect(dueLetter(new Date("2026-03-30T10:59:00Z"), newYork).week).toBe("2026-W12");
    // Before 8 March it was UTC−5.
    expect(zonedInstant("2026-03-02", 7, "America/New_York")).toEqual(new Date("2026-03-02T12:00:00Z"));
  });

  it("waits east of UTC until the week's last UTC day has ended", () => {
    const auckland = { timeZone: "Pacific/Auckland", weekday: 1, hour: 7 };
    // Monday 07:00 in Auckland (UTC+13 in December) is Sunday 18:00 UTC: Sunday is not complete.
    const due = dueLetter(new Date("2026-12-06T18:00:00Z"), auckland);
    expect(due).toEqual({ week: "2026-W49", dueAt: new Date("2026-12-07T00:00:00Z") });
  });

  it("takes another day and hour when the author chooses them", () => {
    const friday = { timeZone: "Europe/Berlin", weekday: 5, hour: 16 };
    expect(dueLetter(new Date("2026-12-11T15:00:00Z"), friday)).toEqual({
      week: "2026-W49",
      dueAt: new Date("2026-12-11T15:00:00Z"),
    });
    expect(dueLetter(new Date("2026-12-11T14:59:00Z"), friday).week).toBe("2026-W48");
  });
});
