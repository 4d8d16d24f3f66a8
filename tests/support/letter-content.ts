import type { LetterContent } from "../../functions/letter/compose";
import type { Finding } from "../../functions/traction/findings";

/** A week with something in every section, for the renderers (no database needed). */
export function sampleLetterContent(overrides: Partial<LetterContent> = {}): LetterContent {
  const period = { from: "2026-11-23", to: "2026-11-29" };
  const rising: Finding = {
    kind: "topic-rising",
    topic: { slug: "seo", name: "SEO <Basics> & more" },
    channel: null,
    figures: { value: 6.2, baseline: 2.1, ratio: 2.95 },
    interval: { low: 1.8, high: 4.6 },
    pValue: 0.0001,
    evidence: "/dashboard/topics/seo/?from=2026-11-23&to=2026-11-29",
  };
  const engages: Finding = {
    kind: "channel-engages-topic",
    topic: { slug: "linkedin", name: "LinkedIn" },
    channel: "social",
    figures: { value: 0.61, baseline: 0.32, ratio: 1.9 },
    interval: { low: 1.4, high: 2.5 },
    pValue: 0.001,
    evidence: "/dashboard/topics/linkedin/?from=2026-11-23&to=2026-11-29#channels-heading",
  };
  return {
    week: "2026-W48",
    period,
    counts: {
      week: { engagedReads: 340, visitors: 1200, responses: 14 },
      before: { engagedReads: 200, visitors: 1000, responses: 0 },
    },
    findings: [engages],
    trends: [rising],
    bestChannels: [
      { topic: { slug: "seo", name: "SEO <Basics> & more" }, channel: "search", engagedReads: 120, responses: 4 },
    ],
    campaigns: [
      {
        campaign: "issue-12",
        channel: "email",
        source: "newsletter",
        posts: 3,
        views: 400,
        visitors: 380,
        engagedReads: 150,
        goals: 6,
        comments: 2,
      },
    ],
    waitingComments: 3,
    links: {
      dashboard: "https://resonanz.example/dashboard/?from=2026-11-23&to=2026-11-29",
      moderation: "https://resonanz.example/dashboard/comments/",
    },
    ...overrides,
  };
}
