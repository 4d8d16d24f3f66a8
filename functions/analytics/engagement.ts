/**
 * The one definition of an engaged read (docs/traction.md). A pageview is an engaged read
 * when its reader was active on the visible page for 30 seconds, or read the article
 * through (scrolled to 75 % of it) while the page was visible for at least 10 seconds:
 * a two-second fling to the bottom is not reading. Depth is measured on the article
 * (the page's `<article>`, or the whole page where there is none).
 */
export const engagedReadMs = 30_000;
export const readThroughDepth = 75;
export const readThroughMinMs = 10_000;

interface MeasuredView {
  engagedMs: number;
  scrollDepth: number;
}

export function isReadThrough(view: MeasuredView): boolean {
  return view.scrollDepth >= readThroughDepth && view.engagedMs >= readThroughMinMs;
}

export function isEngagedRead(view: MeasuredView): boolean {
  return view.engagedMs >= engagedReadMs || isReadThrough(view);
}

/** The same rules as SQL over a table with `engaged_ms` and `scroll_depth`, for the roll-ups. */
export const readThroughSql = `(scroll_depth >= ${readThroughDepth} AND engaged_ms >= ${readThroughMinMs})`;
export const engagedReadSql = `(engaged_ms >= ${engagedReadMs} OR ${readThroughSql})`;
