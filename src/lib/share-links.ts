/**
 * Plain share links: nothing loads from a network until the reader clicks.
 * Mastodon has no central host: its form leads to a page of the site that names the
 * reader's instance and links there (src/lib/mastodon-share.ts).
 *
 * The URL each network receives carries `utm_…=share` tags (shared/campaign-tags.ts), so the
 * dashboard tells a reader's share from the author's own post; the canonical URL stays clean.
 */
import { authorPostTags, newsletterTags, readerShareTags, withCampaignTags } from "../../shared/campaign-tags";

export interface ShareLink {
  network: string;
  href: string;
}

/** The post's URL as shared on `source` (`linkedin`, `email`, …). */
export function sharedUrl(url: string, source: string): string {
  return withCampaignTags(url, readerShareTags(source));
}

export function buildShareLinks(url: string, title: string): ShareLink[] {
  const tagged = (source: string) => encodeURIComponent(sharedUrl(url, source));
  const t = encodeURIComponent(title);
  return [
    { network: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${tagged("linkedin")}` },
    { network: "XING", href: `https://www.xing.com/spi/shares/new?url=${tagged("xing")}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${tagged("facebook")}` },
    { network: "X", href: `https://x.com/intent/post?text=${t}&url=${tagged("x")}` },
    {
      network: "Bluesky",
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${sharedUrl(url, "bluesky")}`)}`,
    },
  ];
}

export function buildEmailShareLink(url: string, title: string): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(sharedUrl(url, "email"))}`;
}

export interface AuthorLink {
  network: string;
  href: string;
}

/**
 * The links the author copies into their own posts and newsletter (the dashboard's post
 * page): LinkedIn and XING tagged `utm_campaign=author`, the newsletter with its issue.
 */
export function buildAuthorLinks(url: string, issue: string): AuthorLink[] {
  return [
    { network: "LinkedIn", href: withCampaignTags(url, authorPostTags("linkedin")) },
    { network: "XING", href: withCampaignTags(url, authorPostTags("xing")) },
    { network: "Newsletter", href: withCampaignTags(url, newsletterTags(issue)) },
  ];
}
