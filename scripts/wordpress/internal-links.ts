/**
 * Links in the posts that point at the old blog's own pages, turned into this site's paths:
 * "[Leistungen](https://alter-blog.example/leistungen/)" becomes "[Leistungen](/leistungen/)",
 * and a link to an old permalink goes straight to the post's new address, without a redirect.
 */
import { findOldLink, indexOldLinks, type OldLink } from "../../src/lib/old-links.ts";
import type { PlannedEntry } from "./plan-entries.ts";

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function linkInternally(entries: readonly PlannedEntry[], siteLink: string, links: readonly OldLink[]) {
  const site = new URL(siteLink);
  const index = indexOldLinks({ redirects: [...links] });
  // The link target of a Markdown link or image, "](" then the old blog's origin (http or https).
  const pattern = new RegExp(`\\]\\(https?://${escapeForPattern(site.host)}(/[^\\s)]*)?`, "g");
  return entries.map((entry) => ({
    ...entry,
    markdown: entry.markdown.replace(pattern, (whole, path: string | undefined) => {
      const url = new URL(path ?? "/", site);
      // Uploads stay where the media step put them: downloaded, or kept on the old host.
      if (url.pathname.startsWith("/wp-content/")) return whole;
      return `](${findOldLink(index, url) ?? `${url.pathname}${url.search}${url.hash}`}`;
    }),
  }));
}
