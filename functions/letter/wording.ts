import { channelWordKeys, findingWords } from "../../shared/finding-words";
import type { SiteLanguage } from "../../shared/languages";

/**
 * The letter's words in the site's language. The sentences of findings and the channel names
 * are the dashboard's, from their one home in shared/finding-words.ts.
 */
const strings = {
  de: {
    ...findingWords.de,
    subject: "Ihre Woche auf {site}: {range}",
    greeting: "Die Woche {range} auf {site}, verglichen mit der Woche davor.",
    weekLine:
      "{reads} intensiv gelesen ({readsChange}), {visitors} Besucher ({visitorsChange}), {responses} Antworten ({responsesChange}).",
    quiet: "Eine ruhige Woche: Nichts geht über die üblichen Schwankungen hinaus, und keine Kommentare warten.",
    findingsHeading: "Was zählt",
    trendsHeading: "Themen, die zulegen oder nachlassen",
    channelsHeading: "Der beste Kanal je Thema",
    bestChannel: "„{topic}“: {channel}, {reads} intensiv gelesen, {responses} Antworten.",
    campaignsHeading: "Was jede Kampagne gebracht hat",
    campaignLine:
      "{campaign} ({channel}): {posts} Beiträge, {reads} intensiv gelesen, {goals} Ziele, {comments} Kommentare.",
    commentsHeading: "Kommentare",
    waitingComments: "{count} Kommentare warten auf Freigabe.",
    waitingComment: "Ein Kommentar wartet auf Freigabe.",
    moderate: "Zur Freigabe",
    dashboard: "Die Woche im Dashboard",
    footer:
      "Gesendet von Resonanz, Ihrer Website. Dieser Brief enthält nur Zahlen, keine Daten einzelner Leser, und zählt nicht, ob er geöffnet wird.",
    newCount: "neu",
    alertSubject: "„{post}“ hebt ab",
    alertLink: "Der Beitrag im Dashboard",
    alertLine:
      "„{post}“ hebt ab: heute {reads}-mal intensiv gelesen, sonst im Mittel {usual} am Tag, vor allem über {channel}.",
  },
  en: {
    ...findingWords.en,
    subject: "Your week on {site}: {range}",
    greeting: "The week {range} on {site}, compared with the week before.",
    weekLine:
      "{reads} engaged reads ({readsChange}), {visitors} visitors ({visitorsChange}), {responses} responses ({responsesChange}).",
    quiet: "A quiet week: nothing goes beyond the usual ups and downs, and no comments are waiting.",
    findingsHeading: "What matters",
    trendsHeading: "Topics rising and falling",
    channelsHeading: "The best channel per topic",
    bestChannel: "“{topic}”: {channel}, {reads} engaged reads, {responses} responses.",
    campaignsHeading: "What each campaign did",
    campaignLine: "{campaign} ({channel}): {posts} posts, {reads} engaged reads, {goals} goals, {comments} comments.",
    commentsHeading: "Comments",
    waitingComments: "{count} comments are waiting for approval.",
    waitingComment: "One comment is waiting for approval.",
    moderate: "Moderate",
    dashboard: "The week on the dashboard",
    footer:
      "Sent by Resonanz, your site. This letter holds counts only, no data of any reader, and does not count whether it is opened.",
    newCount: "new",
    alertSubject: "“{post}” is taking off",
    alertLink: "The post on the dashboard",
    alertLine:
      "“{post}” is taking off: {reads} engaged reads today, against {usual} on a usual day, mostly from {channel}.",
  },
} satisfies Record<SiteLanguage, Record<string, string>>;

export type LetterKey = keyof (typeof strings)["en"];
export const letterStrings = strings;

export type Words = (key: LetterKey, values?: Record<string, string | number>) => string;

/** The letter's words in `lang`, with `{name}` placeholders filled. */
export function letterWords(lang: SiteLanguage): Words {
  return (key, values = {}) =>
    strings[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}

export function channelName(words: Words, channel: string): string {
  const key = channelWordKeys[channel];
  return key ? words(key) : channel;
}
