import { dashboardPath, dashboardPeriodPath } from "../../shared/urls";
import { siteConfig } from "../../site.config";
import type { Database } from "../env";
import { type TopicChannelCell, topicChannelMatrix } from "../queries/audience";
import { type CampaignStats, listCampaigns } from "../queries/campaigns";
import { countCommentsByStatus } from "../queries/comments";
import { readDecisions } from "../queries/findings";
import { type Period, previousPeriod } from "../queries/period";
import { type Finding, trendAsFinding } from "../traction/findings";
import type { RankedTopic } from "../traction/rank";
import { weekPeriod } from "./iso-week";
import { readWeekCounts, type WeekCounts } from "./week-counts";

/**
 * How many topics get their best channel named: the week's most read ones. Not the ranking's
 * first, which is ordered by the low end of the score's range and so may begin with topics
 * nobody read this week.
 */
export const topTopics = 3;
/** How many campaigns of the week the letter lists, newsletter issues first. */
export const maxCampaigns = 5;

export interface BestChannel {
  topic: { slug: string; name: string };
  channel: string;
  engagedReads: number;
  responses: number;
}

/** What a week's letter says, before it is put into words (render-text.ts, render-html.ts). */
export interface LetterContent {
  week: string;
  period: Period;
  counts: { week: WeekCounts; before: WeekCounts };
  /** The week's findings, trends left out: those are told with the topics that rise and fall. */
  findings: Finding[];
  /** Topics whose change passes the trend test, as findings of kind topic-rising or topic-falling. */
  trends: Finding[];
  bestChannels: BestChannel[];
  campaigns: CampaignStats[];
  /** Comments waiting for moderation, however old. */
  waitingComments: number;
  links: { dashboard: string; moderation: string };
}

/** A significant trend, worded and numbered as on the dashboard. */
function significantTrend(topic: RankedTopic, period: Period): Finding[] {
  const finding = topic.trend?.significant ? trendAsFinding(topic, period) : undefined;
  return finding ? [finding] : [];
}

/** The channel that brought a topic the most engaged reads and responses (views do not count). */
function bestChannelOf(topic: RankedTopic, cells: TopicChannelCell[]): BestChannel[] {
  const [best] = cells
    .filter((cell) => cell.topic === topic.slug && cell.engagedReads + cell.goals + cell.comments > 0)
    .map((cell) => ({ channel: cell.channel, engagedReads: cell.engagedReads, responses: cell.goals + cell.comments }))
    .sort((a, b) => b.engagedReads + b.responses - (a.engagedReads + a.responses) || b.responses - a.responses);
  return best ? [{ topic: { slug: topic.slug, name: topic.name }, ...best }] : [];
}

/**
 * The letter of one ISO week, compared with the week before, read from the same queries and
 * statistics as the dashboard. `now` decides which days are complete, as it does there.
 */
export async function composeLetter(db: Database, week: string, now: Date): Promise<LetterContent> {
  const period = weekPeriod(week);
  const [decisions, cells, campaigns, counts, before, comments] = await Promise.all([
    readDecisions(db, period, now),
    topicChannelMatrix(db, period),
    // The ranking puts reading first; a page of 100 leaves room for rows with nothing to tell.
    listCampaigns(db, period, { page: 1, limit: 100 }),
    readWeekCounts(db, period),
    readWeekCounts(db, previousPeriod(period)),
    countCommentsByStatus(db),
  ]);
  const origin = new URL(siteConfig.url).origin;
  return {
    week,
    period,
    counts: { week: counts, before },
    findings: decisions.findings.filter(
      (finding) => finding.kind !== "topic-rising" && finding.kind !== "topic-falling",
    ),
    trends: decisions.ranking.topics.flatMap((topic) => significantTrend(topic, period)),
    bestChannels: [...decisions.ranking.topics]
      .filter((topic) => topic.engagedReads > 0)
      .sort((a, b) => b.engagedReads - a.engagedReads)
      .slice(0, topTopics)
      .flatMap((topic) => bestChannelOf(topic, cells)),
    campaigns: campaigns.rows.filter((campaign) => campaign.views + campaign.comments > 0).slice(0, maxCampaigns),
    waitingComments: comments.pending,
    links: { dashboard: `${origin}${dashboardPeriodPath(period)}`, moderation: `${origin}${dashboardPath}comments/` },
  };
}

/** Nothing to tell beyond the week's line: the letter says so instead of padding. */
export function isQuiet(letter: LetterContent): boolean {
  return (
    letter.findings.length === 0 &&
    letter.trends.length === 0 &&
    letter.campaigns.length === 0 &&
    letter.waitingComments === 0
  );
}
