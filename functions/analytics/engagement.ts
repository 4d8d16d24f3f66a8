/**
 * The one definition of an engaged read (docs/traction.md): a pageview whose reader
 * was engaged for 30 seconds or scrolled through 75 % of the page.
 */
export const engagedReadMs = 30_000;
export const readThroughDepth = 75;

export function isEngagedRead(view: { engagedMs: number; scrollDepth: number }): boolean {
  return view.engagedMs >= engagedReadMs || view.scrollDepth >= readThroughDepth;
}
