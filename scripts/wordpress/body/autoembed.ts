import { mapOutsidePre } from "./outside-pre.ts";

/**
 * WP_Embed::autoembed() (wp-includes/class-wp-embed.php): in a classic post, a URL alone on its
 * line or alone in its paragraph is an embed (oEmbed), or, for a site without one, a link. The
 * URL is marked as `<figure data-wp-embed>` for the step that writes embeds; figure is a block
 * to wpautop, so it is not wrapped in a paragraph.
 */
export function markStandaloneUrls(html: string): string {
  return mapOutsidePre(html, (outside) => {
    // As autoembed() does: a newline inside a tag does not start a line.
    const newlineInTag = "\u0000";
    const hidden = outside.replace(/<[^>]*>/g, (tag) => tag.replaceAll("\n", newlineInTag));
    return hidden
      .replace(/^(\s*)(https?:\/\/[^\s<>"]+)(\s*)$/gim, (_line, before: string, url: string, after: string) => {
        return `${before}${embedMarker(url)}${after}`;
      })
      .replace(/<p(?: [^>]*)?>\s*(https?:\/\/[^\s<>"]+)\s*<\/p>/gi, (_paragraph, url: string) => embedMarker(url))
      .replaceAll(newlineInTag, "\n");
  });
}

/** The URL stays as the HTML wrote it (entities included), which an attribute value reads the same way. */
function embedMarker(url: string): string {
  return `<figure data-wp-embed="${url}"></figure>`;
}
