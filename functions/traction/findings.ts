import { dashboardPeriodPath, dashboardTopicPath } from "../../shared/urls";
import { benjaminiHochberg } from "./false-discovery";
import { twoSidedP, z80, z95 } from "./normal";
import { compareShare, type Share, shareDispersion } from "./proportions";
import type { RankedTopic } from "./rank";
import type { Interval } from "./score";

/**
 * Plain-language findings for a period, each backed by a test and shown only when it passes
 * (docs/traction.md, "Findings"). All candidate tests of a period form one family under
 * Benjamini–Hochberg, so that a steady site shows no finding in at least 95 % of periods.
 */
export type FindingKind =
  | "topic-rising"
  | "topic-falling"
  | "write-more"
  | "channel-engages-topic"
  | "views-without-reading"
  | "channel-converts";

export interface Finding {
  kind: FindingKind;
  topic: { slug: string; name: string } | null;
  channel: string | null;
  /** The measured value, what it is compared with, and their ratio (for a trend: 1 + change). */
  figures: { value: number; baseline: number; ratio: number };
  /** 95 % interval of the ratio. */
  interval: Interval;
  pValue: number;
  /** Where on the dashboard the evidence is. */
  evidence: string;
}

export interface ChannelCell {
  topic: string;
  channel: string;
  views: number;
  engagedReads: number;
  goals: number;
}

/** At most this many findings are shown, the strongest first. */
export const maxFindings = 5;
/** Below this many views a cell or channel is not tested: its share says too little. */
export const minimumViewsTested = 30;
/** "Few posts": a topic worth writing more for has at most this many. */
export const fewPosts = 2;

type Candidate = Finding & { direction: boolean };

/**
 * A topic's trend as a finding ("rising" or "falling", the change as a ratio with its
 * interval), whether or not it is significant; undefined when the topic has no trend to test.
 * The dashboard's findings and the weekly letter's trends both come from here.
 */
export function trendAsFinding(topic: RankedTopic, period: { from: string; to: string }): Finding | undefined {
  const trend = topic.trend;
  if (!trend || trend.pValue === null || trend.change === null || !trend.interval) return undefined;
  return {
    kind: trend.change > 0 ? "topic-rising" : "topic-falling",
    topic: { slug: topic.slug, name: topic.name },
    channel: null,
    figures: {
      value: topic.readsPerPostDay,
      baseline: topic.readsPerPostDay / (1 + trend.change),
      ratio: 1 + trend.change,
    },
    interval: { low: 1 + trend.interval.low, high: 1 + trend.interval.high },
    pValue: trend.pValue,
    evidence: dashboardTopicPath(topic.slug, period),
  };
}

function trendCandidates(topics: RankedTopic[], period: { from: string; to: string }): Candidate[] {
  return topics.flatMap((topic): Candidate[] => {
    const finding = trendAsFinding(topic, period);
    return finding ? [{ ...finding, direction: true }] : [];
  });
}

/** A topic whose score is above the site's with few posts: one-sided, from the score's own interval. */
function writeMoreCandidates(
  topics: RankedTopic[],
  period: { from: string; to: string },
  siteScore: number,
): Candidate[] {
  return topics.flatMap((topic): Candidate[] => {
    if (topic.posts > fewPosts || topic.score <= 0 || siteScore <= 0 || topic.interval.high <= topic.score) return [];
    const logSd = Math.log(topic.interval.high / topic.score) / z80;
    const z = Math.log(topic.score / siteScore) / logSd;
    const spread = z95 * logSd;
    return [
      {
        kind: "write-more",
        topic: { slug: topic.slug, name: topic.name },
        channel: null,
        figures: { value: topic.score, baseline: siteScore, ratio: topic.score / siteScore },
        interval: {
          low: (topic.score / siteScore) * Math.exp(-spread),
          high: (topic.score / siteScore) * Math.exp(spread),
        },
        pValue: twoSidedP(z),
        evidence: dashboardTopicPath(topic.slug, period),
        direction: z > 0,
      },
    ];
  });
}

function shareCandidates(
  groups: { topic: RankedTopic | null; channel: string; share: Share }[],
  test: { site: Share; dispersion: number },
  kind: FindingKind,
  wanted: (ratio: number) => boolean,
  evidence: (topic: RankedTopic | null) => string,
): Candidate[] {
  const { site, dispersion } = test;
  const tested = groups.filter((group) => group.share.trials >= minimumViewsTested);
  return tested.flatMap(({ topic, channel, share }): Candidate[] => {
    const comparison = compareShare(share, site, dispersion);
    if (!comparison) return [];
    return [
      {
        kind,
        topic: topic ? { slug: topic.slug, name: topic.name } : null,
        channel,
        figures: { value: share.hits / share.trials, baseline: site.hits / site.trials, ratio: comparison.ratio },
        interval: comparison.interval,
        pValue: comparison.pValue,
        evidence: evidence(topic),
        direction: wanted(comparison.ratio),
      },
    ];
  });
}

/**
 * At most two findings of a kind, and one per kind and channel, so that five findings tell
 * five things: e-mail engaging four topics is one finding, not four.
 */
function varied(findings: Candidate[]): Candidate[] {
  const perKind = new Map<FindingKind, number>();
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}/${finding.channel ?? finding.topic?.slug ?? ""}`;
    const count = perKind.get(finding.kind) ?? 0;
    if (seen.has(key) || count >= 2) return false;
    seen.add(key);
    perKind.set(finding.kind, count + 1);
    return true;
  });
}

export function findFindings(input: {
  period: { from: string; to: string };
  topics: RankedTopic[];
  cells: ChannelCell[];
  siteScore: number;
}): Finding[] {
  const { period, topics, cells, siteScore } = input;
  const byTopic = new Map(topics.map((topic) => [topic.slug, topic]));
  const total = (pick: (cell: ChannelCell) => number) => cells.reduce((sum, cell) => sum + pick(cell), 0);
  const siteReading = { hits: total((cell) => cell.engagedReads), trials: total((cell) => cell.views) };
  const siteGoals = { hits: total((cell) => cell.goals), trials: siteReading.trials };
  const channels = [...new Set(cells.map((cell) => cell.channel))].map((channel) => {
    const own = cells.filter((cell) => cell.channel === channel);
    const sum = (pick: (cell: ChannelCell) => number) => own.reduce((total, cell) => total + pick(cell), 0);
    return {
      channel,
      views: sum((cell) => cell.views),
      reads: sum((cell) => cell.engagedReads),
      goals: sum((cell) => cell.goals),
    };
  });
  const overview = () => dashboardPeriodPath(period, "sources-heading");
  const withinChannels = (pick: (cell: ChannelCell) => number) =>
    shareDispersion(
      channels.map(({ channel }) =>
        cells.filter((cell) => cell.channel === channel).map((cell) => ({ hits: pick(cell), trials: cell.views })),
      ),
    );
  const reading = { site: siteReading, dispersion: withinChannels((cell) => cell.engagedReads) };
  const converting = { site: siteGoals, dispersion: withinChannels((cell) => cell.goals) };
  const candidates = [
    ...trendCandidates(topics, period),
    ...writeMoreCandidates(topics, period, siteScore),
    ...shareCandidates(
      cells.map((cell) => ({
        topic: byTopic.get(cell.topic) ?? null,
        channel: cell.channel,
        share: { hits: cell.engagedReads, trials: cell.views },
      })),
      reading,
      "channel-engages-topic",
      (ratio) => ratio > 1,
      (topic) => (topic ? dashboardTopicPath(topic.slug, period, "channels-heading") : overview()),
    ),
    ...shareCandidates(
      channels.map((row) => ({ topic: null, channel: row.channel, share: { hits: row.reads, trials: row.views } })),
      reading,
      "views-without-reading",
      (ratio) => ratio < 1,
      overview,
    ),
    ...shareCandidates(
      channels.map((row) => ({ topic: null, channel: row.channel, share: { hits: row.goals, trials: row.views } })),
      converting,
      "channel-converts",
      (ratio) => ratio > 1,
      overview,
    ),
  ];
  const passed = benjaminiHochberg(candidates.map((candidate) => candidate.pValue));
  const strongestFirst = candidates
    .filter((candidate, index) => passed[index] && candidate.direction)
    .sort((a, b) => a.pValue - b.pValue);
  return varied(strongestFirst)
    .slice(0, maxFindings)
    .map(({ direction: _direction, ...finding }) => finding);
}
