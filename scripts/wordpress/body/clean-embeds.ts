import type { HTMLElement } from "node-html-parser";
import { recognizeEmbed } from "./embed-target.ts";
import { embedLinkText, type Language, mediaLinkText } from "./embed-wording.ts";
import { collapseWhitespace, escapeAttribute, escapeHtml } from "./html-text.ts";

/**
 * Embeds become plain link paragraphs: a Markdown post carries no iframes or third-party scripts,
 * and the reader still finds the video or post one click away.
 */

function linkParagraph(href: string, text: string): string {
  return `<p><a href="${escapeAttribute(href)}">${escapeHtml(text)}</a></p>`;
}

/**
 * X's embed code (`<blockquote class="twitter-tweet">`): the post's text stays as a quote, its
 * attribution line ("— Name (@user) date") gives way to a link to the post.
 */
export function replaceTweets(root: HTMLElement, language: Language): void {
  for (const quote of root.querySelectorAll("blockquote.twitter-tweet, blockquote.twitter-video")) {
    const statusLinks = quote
      .querySelectorAll("a")
      .filter((link) => /\/status\//.test(link.getAttribute("href") ?? ""));
    const statusLink = statusLinks.at(-1);
    // The post's own paragraphs: not the attribution (which holds the status link), and not a
    // paragraph wpautop wrapped around the others.
    const paragraphs = quote
      .querySelectorAll("p")
      .filter(
        (paragraph) =>
          paragraph.querySelector("p") === null && !paragraph.querySelectorAll("a").includes(statusLink ?? paragraph),
      )
      .map((paragraph) => `<p>${paragraph.innerHTML}</p>`);
    if (statusLink === undefined) {
      quote.replaceWith(`<blockquote>${paragraphs.join("")}</blockquote>`);
      continue;
    }
    const target = recognizeEmbed(statusLink.getAttribute("href") ?? "");
    if (paragraphs.length === 0) statusLink.remove();
    const text = paragraphs.length > 0 ? paragraphs.join("") : `<p>${quote.innerHTML}</p>`;
    quote.replaceWith(
      `<blockquote>${text}</blockquote>${linkParagraph(target.url, embedLinkText(target, language, { isFrame: false }))}`,
    );
  }
}

/** Gutenberg's embed block and the importer's own marker for [embed] and standalone URLs. */
export function replaceEmbedFigures(root: HTMLElement, language: Language): void {
  for (const figure of root.querySelectorAll("figure[data-wp-embed], figure.wp-block-embed")) {
    const wrapper = figure.querySelector(".wp-block-embed__wrapper");
    const address =
      figure.getAttribute("data-wp-embed") ??
      figure.querySelector("iframe")?.getAttribute("src") ??
      collapseWhitespace(wrapper?.text ?? "");
    const caption = figure.querySelector("figcaption");
    const target = recognizeEmbed(address);
    const link = address === "" ? "" : linkParagraph(target.url, embedLinkText(target, language, { isFrame: false }));
    figure.replaceWith(`<figure>${link}${caption?.toString() ?? ""}</figure>`);
  }
}

/** `<iframe>`, `<embed>` and `<object>`: a link to what they show, named by the service or their title. */
export function replaceFrames(root: HTMLElement, language: Language): void {
  for (const frame of root.querySelectorAll("iframe, embed, object")) {
    const address = frame.getAttribute("src") ?? frame.getAttribute("data") ?? "";
    if (address === "" || address.startsWith("about:")) {
      frame.remove();
      continue;
    }
    const target = recognizeEmbed(address);
    const title = frame.getAttribute("title");
    frame.replaceWith(linkParagraph(target.url, embedLinkText(target, language, { title, isFrame: true })));
  }
}

/** `<audio>` and `<video>` players (Gutenberg's audio and video blocks, [audio] and [video]). */
export function replaceMediaPlayers(root: HTMLElement, language: Language): void {
  for (const player of root.querySelectorAll("audio, video")) {
    const source = player.getAttribute("src") ?? player.querySelector("source[src]")?.getAttribute("src") ?? "";
    if (source === "") {
      player.remove();
      continue;
    }
    const kind = player.tagName === "AUDIO" ? "audio" : "video";
    // wp_video_shortcode() also plays YouTube and Vimeo addresses.
    const target = recognizeEmbed(source);
    const text =
      target.service === "other"
        ? mediaLinkText(kind, source, language)
        : embedLinkText(target, language, { isFrame: false });
    player.replaceWith(linkParagraph(target.service === "other" ? source : target.url, text));
  }
}
