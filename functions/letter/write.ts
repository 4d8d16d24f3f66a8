import { findingSentenceKeys } from "../../shared/finding-words";
import type { SiteLanguage } from "../../shared/languages";
import { type NumberFormats, numberFormats } from "../../shared/number-formats";
import { siteConfig } from "../../site.config";
import type { Finding, FindingKind } from "../traction/findings";
import { isQuiet, type LetterContent } from "./compose";
import { channelName, letterWords, type Words } from "./wording";

export interface LetterLink {
  label: string;
  /** An absolute address on the site itself, with nothing added to follow who clicks it. */
  href: string;
}

export interface LetterItem {
  text: string;
  detail?: string;
  link?: LetterLink;
}

export interface LetterSection {
  heading: string;
  items: LetterItem[];
}

/** The letter in words, one structure for both the plain-text and the HTML part. */
export interface WrittenLetter {
  subject: string;
  intro: string;
  /** The week in one line; empty in an alert, which is one line itself. */
  weekLine: string;
  /** Set on a quiet week, which says so in this one line instead of empty sections. */
  quiet: string | null;
  sections: LetterSection[];
  dashboard: LetterLink;
  footer: string;
}

const isShare = (kind: FindingKind) => kind !== "write-more" && kind !== "topic-rising" && kind !== "topic-falling";

/** The dashboard's sentence for a finding (src/pages/dashboard/_components/Findings.astro), with its interval. */
export function findingItem(finding: Finding, lang: SiteLanguage, origin: string): LetterItem {
  const words = letterWords(lang);
  const format = numberFormats(lang);
  const share = isShare(finding.kind);
  return {
    text: words(findingSentenceKeys[finding.kind], {
      topic: finding.topic?.name ?? "",
      channel: finding.channel ? channelName(words, finding.channel) : "",
      ratio: format.ratio(finding.figures.ratio),
      change: format.change(finding.figures.ratio - 1),
      value: share ? format.rate(finding.figures.value) : format.score(finding.figures.value),
      baseline: share ? format.rate(finding.figures.baseline) : format.score(finding.figures.baseline),
    }),
    detail: words("findingInterval", {
      low: format.ratio(finding.interval.low),
      high: format.ratio(finding.interval.high),
    }),
    link: { label: words("findingEvidence"), href: `${origin}${finding.evidence}` },
  };
}

function changeOf(words: Words, format: NumberFormats, now: number, before: number): string {
  if (before === 0) return now === 0 ? format.change(0) : words("newCount");
  return format.change(now / before - 1);
}

export function writeLetter(letter: LetterContent, lang: SiteLanguage): WrittenLetter {
  const words = letterWords(lang);
  const format = numberFormats(lang);
  const origin = new URL(siteConfig.url).origin;
  const range = words("periodRange", { from: format.day(letter.period.from), to: format.day(letter.period.to) });
  const { week, before } = letter.counts;
  const sections: LetterSection[] = [];
  const add = (heading: string, items: LetterItem[]) => {
    if (items.length > 0) sections.push({ heading, items });
  };
  add(
    words("findingsHeading"),
    letter.findings.map((finding) => findingItem(finding, lang, origin)),
  );
  add(
    words("trendsHeading"),
    letter.trends.map((finding) => findingItem(finding, lang, origin)),
  );
  add(
    words("channelsHeading"),
    letter.bestChannels.map((best) => ({
      text: words("bestChannel", {
        topic: best.topic.name,
        channel: channelName(words, best.channel),
        reads: format.count(best.engagedReads),
        responses: format.count(best.responses),
      }),
    })),
  );
  add(
    words("campaignsHeading"),
    letter.campaigns.map((campaign) => ({
      text: words("campaignLine", {
        campaign: campaign.campaign,
        channel: channelName(words, campaign.channel),
        posts: format.count(campaign.posts),
        reads: format.count(campaign.engagedReads),
        goals: format.count(campaign.goals),
        comments: format.count(campaign.comments),
      }),
    })),
  );
  if (letter.waitingComments > 0) {
    add(words("commentsHeading"), [
      {
        text:
          letter.waitingComments === 1
            ? words("waitingComment")
            : words("waitingComments", { count: format.count(letter.waitingComments) }),
        link: { label: words("moderate"), href: letter.links.moderation },
      },
    ]);
  }
  return {
    subject: words("subject", { site: siteConfig.title, range }),
    intro: words("greeting", { site: siteConfig.title, range }),
    weekLine: words("weekLine", {
      reads: format.count(week.engagedReads),
      readsChange: changeOf(words, format, week.engagedReads, before.engagedReads),
      visitors: format.count(week.visitors),
      visitorsChange: changeOf(words, format, week.visitors, before.visitors),
      responses: format.count(week.responses),
      responsesChange: changeOf(words, format, week.responses, before.responses),
    }),
    quiet: isQuiet(letter) ? words("quiet") : null,
    sections,
    dashboard: { label: words("dashboard"), href: letter.links.dashboard },
    footer: words("footer"),
  };
}
