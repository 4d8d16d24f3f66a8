/**
 * The one owner of the UTM tags the site itself puts on its links, so that the collector
 * (functions/analytics/classify-source.ts) can tell a reader's share from the author's own post.
 * In shared/ because both halves tag links: the share buttons, the author's copy-link helper,
 * and the Mastodon share page.
 */
export interface CampaignTags {
  /** utm_source: the network or list, lower case, as the collector's aliases expect (`linkedin`, `newsletter`). */
  source: string;
  /** utm_medium: `social` or `email`, the channel the collector files the visit under. */
  medium: "social" | "email";
  /** utm_campaign: `share` for a reader's share, `author` for the author's own post, or a newsletter issue. */
  campaign: string;
}

/** `url` with the tags set as utm_source, utm_medium and utm_campaign, replacing any it carried. */
export function withCampaignTags(url: string, tags: CampaignTags): string {
  const tagged = new URL(url);
  tagged.searchParams.set("utm_source", tags.source);
  tagged.searchParams.set("utm_medium", tags.medium);
  tagged.searchParams.set("utm_campaign", tags.campaign);
  return tagged.href;
}

/** A reader's share on `source` (a network, or `email`). */
export function readerShareTags(source: string): CampaignTags {
  return { source, medium: source === "email" ? "email" : "social", campaign: "share" };
}

/** The author's own post on `source` (`linkedin`, `xing`): told apart from readers' shares. */
export function authorPostTags(source: string): CampaignTags {
  return { source, medium: "social", campaign: "author" };
}

/** A newsletter issue: each issue is a campaign of its own (README, "Analytics"). */
export function newsletterTags(issue: string): CampaignTags {
  return { source: "newsletter", medium: "email", campaign: issue };
}
