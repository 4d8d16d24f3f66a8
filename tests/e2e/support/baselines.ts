import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compareScreenshots, readPng, type VisualComparison, writePng } from "../../support/visual-diff";

/** Committed screenshots of every look page; `npm run test:visual -- --update` rewrites them. */
export const baselineDir = "tests/e2e/visual-baselines";

/** Set by scripts/test-visual.ts for `--update`: screenshots replace their baselines. */
export const updatingBaselines = process.env["RESONANZ_UPDATE_BASELINES"] === "1";

export type BaselineOutcome =
  | { kind: "updated" }
  | { kind: "missing"; path: string }
  | { kind: "compared"; comparison: VisualComparison; diffPath: string; actualPath: string };

/** Compares `screenshot` with the committed baseline `name`, writing nothing. */
export async function compareWithBaseline(name: string, screenshot: Buffer): Promise<VisualComparison> {
  return compareScreenshots(readPng(await readFile(join(baselineDir, `${name}.png`))), readPng(screenshot));
}

/**
 * Compares `screenshot` with the baseline `name`, or replaces the baseline when updating. A failure writes `<name>.actual.png` and
 * `<name>.diff.png` (the baseline with the differing pixels in red) beside the baseline;
 * a match removes any left from before.
 */
export async function checkBaseline(name: string, screenshot: Buffer): Promise<BaselineOutcome> {
  const path = join(baselineDir, `${name}.png`);
  const actualPath = join(baselineDir, `${name}.actual.png`);
  const diffPath = join(baselineDir, `${name}.diff.png`);
  await Promise.all([rm(actualPath, { force: true }), rm(diffPath, { force: true })]);
  if (updatingBaselines) {
    await mkdir(baselineDir, { recursive: true });
    await writeFile(path, screenshot);
    return { kind: "updated" };
  }
  if (!existsSync(path)) return { kind: "missing", path };
  const comparison = await compareWithBaseline(name, screenshot);
  if (!comparison.matches) {
    await Promise.all([writeFile(actualPath, screenshot), writeFile(diffPath, writePng(comparison.diff))]);
  }
  return { kind: "compared", comparison, diffPath, actualPath };
}

/** What a failed comparison says, with the way to look and the way to accept the change. */
export function describeOutcome(name: string, outcome: BaselineOutcome): string {
  if (outcome.kind === "updated") return `${name}: baseline written`;
  if (outcome.kind === "missing") {
    return `${name}: no baseline at ${outcome.path}; run \`npm run test:visual -- --update\` and look at it before committing`;
  }
  const { comparison } = outcome;
  if (comparison.matches) return `${name}: matches`;
  const what =
    comparison.sizeChange ?? `${comparison.differing} pixels (${(comparison.share * 100).toFixed(3)} %) differ`;
  return (
    `${name}: ${what}. See ${outcome.diffPath} and ${outcome.actualPath}. If the change is intended, ` +
    "run `npm run test:visual -- --update`. If every page differs, check the fonts: the baselines were " +
    "made with Debian's chromium, fonts-dejavu-core and fonts-liberation."
  );
}
