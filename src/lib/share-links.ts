/**
 * Plain share links: nothing loads from a network until the reader clicks.
 * Mastodon has no central host: its form leads to a page of the site that names the
 * reader's instance and links there (src/lib/mastodon-share.ts).
 */
export interface ShareLink {
  network: string;
  href: string;
}

export function buildShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { network: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "XING", href: `https://www.xing.com/spi/shares/new?url=${u}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "Bluesky", href: `https://bsky.app/intent/compose?text=${text}` },
  ];
}

export function buildEmailShareLink(url: string, title: string): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
}
