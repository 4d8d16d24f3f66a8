import { markStandaloneUrls } from "./autoembed.ts";
import { cleanHtml } from "./clean-html.ts";
import type { Language } from "./embed-wording.ts";
import { hasBlocks, stripBlockDelimiters } from "./gutenberg.ts";
import { convertKnownShortcodes } from "./known-shortcodes.ts";
import { createMarkdownService } from "./markdown-service.ts";
import { tidyMarkdown } from "./tidy-markdown.ts";
import { findUnconverted, type Unconverted } from "./unconverted.ts";
import { wpautop } from "./wpautop.ts";

export interface ConvertedBody {
  markdown: string;
  /** Every image the Markdown shows, addresses as written, in order of appearance, each once. */
  images: { url: string; alt: string }[];
  /** Every shortcode (and removed form) left in the Markdown, with its 1-based line. */
  shortcodes: Unconverted[];
}

/**
 * A post's content (classic editor HTML or Gutenberg block markup) as Resonanz Markdown. For a
 * classic post the steps follow the order the_content runs them in: code shortcodes first (as
 * SyntaxHighlighter does, at priority 7, so wpautop cannot touch the code), standalone URLs as
 * embeds (8), then wpautop (10). A block post gets no wpautop, as in do_blocks().
 */
export function convertBody(html: string, options: { lang: Language }): ConvertedBody {
  if (html.trim() === "") return { markdown: "", images: [], shortcodes: [] };
  // A no-break space is a space in the Markdown, and would hide a blank paragraph from Turndown.
  const spaced = html.replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, " ");
  const prepared = hasBlocks(spaced)
    ? convertKnownShortcodes(stripBlockDelimiters(spaced))
    : wpautop(markStandaloneUrls(convertKnownShortcodes(spaced)));

  const images = new Map<string, { url: string; alt: string }>();
  const service = createMarkdownService((image) => {
    if (!images.has(image.url)) images.set(image.url, image);
  });
  const markdown = tidyMarkdown(service.turndown(cleanHtml(prepared, options.lang)));
  return { markdown, images: [...images.values()], shortcodes: findUnconverted(markdown) };
}
