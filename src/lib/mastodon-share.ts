import { z } from "zod";
import { readerShareTags, withCampaignTags } from "../../shared/campaign-tags";

/**
 * Mastodon has no central host: the reader names their own instance, and the site shows a
 * page that names it and links to its share dialog (src/pages/posts/[slug]/share/mastodon.astro).
 * The site never redirects there: a redirect would let any link on the site's domain lead
 * anywhere, and the Content-Security-Policy's `form-action 'self'` blocks a form's redirect
 * to another origin anyway. A link the reader follows is neither.
 */

/** Strips what readers paste around a host name, in one pass over each end: `https://`, trailing slashes, spaces. */
function toBareHost(value: string): string {
  let host = value.trim();
  host = host.replace(/^https?:\/\//i, "");
  let end = host.length;
  while (end > 0 && host.charAt(end - 1) === "/") end -= 1;
  return host.slice(0, end);
}

/** A bare host name such as `mastodon.social` (RFC 1123 labels), never a URL, a port, an address or userinfo. */
const hostName = z
  .string()
  .max(253, { message: "at most 253 characters" })
  .transform((value) => value.toLowerCase())
  // The last label needs a letter: IP addresses are not Mastodon instances.
  .pipe(
    z
      .string()
      .regex(
        /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?=[a-z0-9-]*[a-z])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
        { message: "a host name such as mastodon.social" },
      ),
  );

/** The instance a reader typed, as a host name; a string longer than a URL may be is refused before it is trimmed. */
export const mastodonInstance = z.string().max(2048).transform(toBareHost).pipe(hostName);

/**
 * Mastodon's share dialog, https://<instance>/share?text=..., documented at docs.joinmastodon.org/client/share/.
 * The post's URL is tagged like every share link (src/lib/share-links.ts), so the dashboard counts it as a share.
 */
export function buildMastodonShareUrl(instance: string, title: string, postUrl: string): string {
  const tagged = withCampaignTags(postUrl, readerShareTags("mastodon"));
  return `https://${instance}/share?text=${encodeURIComponent(`${title} ${tagged}`)}`;
}
