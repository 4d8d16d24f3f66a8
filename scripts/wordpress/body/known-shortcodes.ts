import { decodeEntities, escapeAttribute, escapeHtml } from "./html-text.ts";
import { mapOutsidePre } from "./outside-pre.ts";
import { replaceShortcodes, type Shortcode } from "./shortcode-syntax.ts";

/**
 * The shortcodes the importer can express, turned into the HTML the later steps convert:
 * captions into `<figure>`, embeds into `<figure data-wp-embed>`, code into `<pre data-lang>`,
 * media into `<audio>`/`<video>`. Every other shortcode stays as text, to be reported.
 */

/** Code shortcodes: SyntaxHighlighter Evolved's [code]/[sourcecode] and its per-language tags. */
const codeNames = ["code", "sourcecode"];
const languageNames = [
  "bash",
  "shell",
  "css",
  "html",
  "xml",
  "java",
  "javascript",
  "js",
  "php",
  "python",
  "ruby",
  "sql",
];
/** Jetpack's embed shortcodes, as WordPress.com exports write them: `[youtube URL]`, `[vimeo 123]`, `[tweet URL]`. */
const jetpackEmbedNames = ["youtube", "vimeo", "tweet"];
/** wp_audio_shortcode() and wp_video_shortcode() take the file from `src` or from an attribute named by its type. */
const audioSources = ["src", "mp3", "m4a", "ogg", "wav", "wma", "flac"];
const videoSources = ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"];

export function convertKnownShortcodes(html: string): string {
  return mapOutsidePre(html, (outside) =>
    replaceShortcodes(
      outside,
      ["caption", "wp_caption", "embed", "audio", "video", ...codeNames, ...languageNames, ...jetpackEmbedNames],
      renderShortcode,
    ),
  );
}

function renderShortcode(shortcode: Shortcode): string {
  const { name } = shortcode;
  // Without its closing tag an enclosing shortcode has nothing to convert; it stays visible.
  const encloses = !["audio", "video", ...jetpackEmbedNames].includes(name);
  if (encloses && shortcode.content === undefined) return shortcode.text;
  if (name === "caption" || name === "wp_caption") return renderCaption(shortcode);
  if (name === "embed") return renderEmbed(shortcode.content?.trim() ?? "") ?? "";
  if (name === "audio") return renderMedia("audio", firstAttribute(shortcode, audioSources)) ?? shortcode.text;
  if (name === "video") return renderMedia("video", firstAttribute(shortcode, videoSources)) ?? shortcode.text;
  if (jetpackEmbedNames.includes(name)) return renderEmbed(jetpackUrl(shortcode)) ?? shortcode.text;
  if (codeNames.includes(name)) {
    const language = firstAttribute(shortcode, ["language", "lang", "brush"]);
    return renderCode(language, shortcode.content);
  }
  return renderCode(name, shortcode.content);
}

/**
 * img_caption_shortcode(): the caption is the `caption` attribute or, since WordPress 3.4, the
 * text after the (possibly linked) image inside the shortcode.
 */
function renderCaption({ attributes, content = "" }: Shortcode): string {
  const captionAttribute = attributes.get("caption");
  const split = /^\s*((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
  const image = split?.[1] ?? content;
  const caption = (captionAttribute ?? split?.[2] ?? "").trim();
  const figcaption = caption === "" ? "" : `<figcaption>${caption}</figcaption>`;
  return `<figure>${image}${figcaption}</figure>`;
}

function renderEmbed(url: string): string | undefined {
  if (url === "") return undefined;
  return `<figure data-wp-embed="${escapeAttribute(decodeEntities(url))}"></figure>`;
}

function renderMedia(tag: "audio" | "video", source: string | undefined): string | undefined {
  if (source === undefined || source === "") return undefined;
  return `<${tag} src="${escapeAttribute(decodeEntities(source))}"></${tag}>`;
}

/**
 * The code as it was typed: the classic editor may have stored `<` as `&lt;`, so entities are
 * decoded once, then the whole written out as text inside `<pre>`.
 */
function renderCode(language: string | undefined, content = ""): string {
  const code = decodeEntities(content.replace(/^\r?\n|\r?\n$/g, ""));
  const lang = language === undefined ? "" : ` data-lang="${escapeAttribute(language)}"`;
  return `<pre${lang}><code>${escapeHtml(code)}</code></pre>`;
}

/** `[youtube=URL]`, `[youtube URL]`, `[vimeo 123]`, `[vimeo URL]`, `[tweet URL]` or `[tweet 123]`. */
function jetpackUrl({ name, attributes, positional }: Shortcode): string {
  const value = (positional[0] ?? attributes.get("url") ?? attributes.get("id") ?? "").replace(/^=/, "");
  if (!/^\d+$/.test(value)) return value;
  if (name === "vimeo") return `https://vimeo.com/${value}`;
  if (name === "tweet") return `https://x.com/i/status/${value}`;
  return value;
}

function firstAttribute({ attributes }: Shortcode, names: readonly string[]): string | undefined {
  return names.map((name) => attributes.get(name)).find((value) => value !== undefined && value !== "");
}
