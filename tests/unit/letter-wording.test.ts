/**
 * The letter says a finding as the dashboard does: the same sentences, channel names and
 * number formats. The API cannot import the site's strings, so this holds the two together.
 */
import { describe, expect, it } from "vitest";
import { letterFormat } from "../../functions/letter/format";
import { letterStrings } from "../../functions/letter/wording";
import { siteLanguages } from "../../shared/languages";
import { dashboardStrings } from "../../src/lib/i18n-dashboard";
import { createFormatters } from "../../src/pages/dashboard/_lib/formatters";

const shared = [
  "findingTopicRising",
  "findingTopicFalling",
  "findingWriteMore",
  "findingChannelEngagesTopic",
  "findingViewsWithoutReading",
  "findingChannelConverts",
  "findingInterval",
  "findingEvidence",
  "channelDirect",
  "channelSearch",
  "channelSocial",
  "channelEmail",
  "channelCampaign",
  "channelReferral",
  "channelNone",
  "channelInternal",
  "periodRange",
] as const;

describe.each(siteLanguages)("the letter's words in %s", (lang) => {
  it.each(shared)("%s is the dashboard's", (key) => {
    expect(letterStrings[lang][key]).toBe(dashboardStrings[lang][key]);
  });

  it("writes numbers as the dashboard does", () => {
    const letter = letterFormat(lang);
    const dashboard = createFormatters(lang);
    for (const value of [0, 0.034, 1, 1.4321, 12.5, 3456.7, Number.POSITIVE_INFINITY]) {
      expect(letter.ratio(value)).toBe(dashboard.ratio(value));
      expect(letter.score(value)).toBe(dashboard.score(value));
    }
    for (const value of [0, 0.05, 0.5, 1]) expect(letter.rate(value)).toBe(dashboard.rate(value));
    for (const value of [-0.4, 0, 0.25, 3]) expect(letter.change(value)).toBe(dashboard.change(value));
    expect(letter.count(12345)).toBe(dashboard.count(12345));
    expect(letter.day("2026-11-30")).toBe(dashboard.day("2026-11-30"));
  });
});
