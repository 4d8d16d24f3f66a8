/**
 * A reader's plain text as paragraphs of lines of segments, so that templates can
 * render it with Astro's escaping: no HTML or Markdown passes through, bare URLs
 * become links.
 */
export type Segment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// One pass: the class cannot overlap what follows it, so a failed match costs no backtracking.
const urlPattern = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the URL it follows.
const trailingPunctuation = new Set([".", ",", ";", ":", "!", "?", ")", "]"]);

/**
 * The URL without the sentence's punctuation after it, scanned once from the end. The
 * regex this replaces (`/[.,;:!?)\]]+$/`) retried from every character of a run, so a
 * comment of 5,000 dots cost about 40 ms to render: tests/unit/comment-text-cost.test.ts.
 */
function trimTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 0 && trailingPunctuation.has(raw.charAt(end - 1))) end -= 1;
  return raw.slice(0, end);
}

export function splitLine(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    const raw = match[0];
    const url = trimTrailingPunctuation(raw);
    const start = match.index;
    if (start > last) segments.push({ kind: "text", text: line.slice(last, start) });
    if (URL.canParse(url)) segments.push({ kind: "link", text: url, href: new URL(url).href });
    else segments.push({ kind: "text", text: url });
    last = start + url.length;
  }
  if (last < line.length) segments.push({ kind: "text", text: line.slice(last) });
  return segments;
}

export function toParagraphs(text: string): Segment[][][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => paragraph.split("\n").map(splitLine));
}

/** A reader's website as a link target only when it is http(s); anything else is shown as text. */
export function safeWebsite(website: string | null): string | null {
  if (!website || !URL.canParse(website.trim())) return null;
  const url = new URL(website.trim());
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
