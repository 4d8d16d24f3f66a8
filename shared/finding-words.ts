import type { SiteLanguage } from "./languages";

/**
 * The sentences of findings and the names of channels, which the dashboard
 * (src/lib/i18n-dashboard.ts) and the weekly letter (functions/letter/wording.ts) say alike:
 * an author reads the same finding in the same words in both. Here because the API may not
 * import the site's strings.
 */
export const findingWords = {
  de: {
    periodRange: "{from} bis {to}",
    findingTopicRising: "„{topic}“ legt zu: {change} intensiv gelesen pro Beitragstag gegenüber dem Zeitraum davor.",
    findingTopicFalling:
      "„{topic}“ lässt nach: {change} intensiv gelesen pro Beitragstag gegenüber dem Zeitraum davor.",
    findingWriteMore:
      "„{topic}“ erreicht mit wenigen Beiträgen {ratio} der Traktion Ihrer Website: Schreiben Sie mehr dazu.",
    findingChannelEngagesTopic:
      "Wer „{topic}“ über {channel} findet, liest {ratio} so oft intensiv wie im Schnitt ({value} der Aufrufe gegenüber {baseline}).",
    findingViewsWithoutReading:
      "Über {channel} kommen Aufrufe, aber wenig intensives Lesen: {value} der Aufrufe gegenüber {baseline} im Schnitt.",
    findingChannelConverts:
      "Wer über {channel} kommt, erreicht Ihre Ziele {ratio} so oft wie im Schnitt ({value} der Aufrufe gegenüber {baseline}).",
    findingInterval: "95-%-Intervall des Verhältnisses: {low} bis {high}.",
    findingEvidence: "Belege ansehen",
    channelNone: "ohne JavaScript (kein Kanal)",
    channelInternal: "innerhalb der Website",
    channelDirect: "Direkt",
    channelSearch: "Suchmaschinen",
    channelSocial: "Soziale Medien",
    channelEmail: "E-Mail",
    channelCampaign: "Kampagnen",
    channelReferral: "Verweise",
  },
  en: {
    periodRange: "{from} to {to}",
    findingTopicRising: "“{topic}” is rising: {change} engaged reads per post-day against the period before.",
    findingTopicFalling: "“{topic}” is falling: {change} engaged reads per post-day against the period before.",
    findingWriteMore: "“{topic}” draws {ratio} your site’s traction from few posts: write more.",
    findingChannelEngagesTopic:
      "Readers of “{topic}” from {channel} become engaged readers {ratio} as often as your average ({value} of views against {baseline}).",
    findingViewsWithoutReading:
      "{channel} brings views but few engaged reads: {value} of views against {baseline} on average.",
    findingChannelConverts:
      "Readers from {channel} reach your goals {ratio} as often as your average ({value} of views against {baseline}).",
    findingInterval: "95 % interval of the ratio: {low} to {high}.",
    findingEvidence: "See the evidence",
    channelNone: "without JavaScript (no channel)",
    channelInternal: "within the site",
    channelDirect: "Direct",
    channelSearch: "Search engines",
    channelSocial: "Social media",
    channelEmail: "Email",
    channelCampaign: "Campaigns",
    channelReferral: "Referrals",
  },
} as const satisfies Record<SiteLanguage, Record<string, string>>;

export type FindingWordKey = keyof (typeof findingWords)["en"];

/** The sentence of each kind of finding (functions/traction/findings.ts names the kinds). */
export const findingSentenceKeys = {
  "topic-rising": "findingTopicRising",
  "topic-falling": "findingTopicFalling",
  "write-more": "findingWriteMore",
  "channel-engages-topic": "findingChannelEngagesTopic",
  "views-without-reading": "findingViewsWithoutReading",
  "channel-converts": "findingChannelConverts",
} as const satisfies Record<string, FindingWordKey>;

/** A stored channel code and the key of its name. */
export const channelWordKeys: Record<string, FindingWordKey> = {
  direct: "channelDirect",
  search: "channelSearch",
  social: "channelSocial",
  email: "channelEmail",
  campaign: "channelCampaign",
  referral: "channelReferral",
  none: "channelNone",
  internal: "channelInternal",
};
