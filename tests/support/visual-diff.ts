import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/**
 * Compares a screenshot with its baseline the way a person would: anti-aliasing is
 * ignored (pixelmatch's own detection), and so is any pixel that matches a pixel of the
 * baseline at most one pixel away, so that text rendered one pixel higher or further
 * left does not count. What remains is a real change: a missing style, a moved block, a
 * different colour.
 */

/** pixelmatch's colour distance at which two pixels differ (0 equal, 1 black against white). */
const colourThreshold = 0.1;

/**
 * At most this share of a page's pixels may still differ. One in ten thousand: a few
 * hundred pixels on a page, less than one changed word. The unstyled comment form that
 * this comparison was made for changed more than 5 % of the post page.
 */
export const toleratedShare = 0.0001;

/** Pages whose heights differ by up to this many pixels are compared over their common part. */
const toleratedHeightChange = 2;

export interface VisualComparison {
  /** Pixels that differ beyond anti-aliasing and a one-pixel shift. */
  differing: number;
  /** How many differing pixels this image pair may have and still match. */
  tolerated: number;
  share: number;
  matches: boolean;
  /** Why the images cannot be compared at all, if so. */
  sizeChange?: string;
  /** The baseline with the differing pixels in red, for a person to look at. */
  diff: PNG;
}

const oneStepAway = [-1, 0, 1]
  .flatMap((dy) => [-1, 0, 1].map((dx) => [dx, dy] as const))
  .filter(([dx, dy]) => dx !== 0 || dy !== 0);

/** The image moved by (dx, dy), cut to `width` × `height`; uncovered pixels stay transparent. */
function shifted(image: PNG, dx: number, dy: number, width: number, height: number): Uint8Array {
  // Unmoved and uncut, the image is its own data: no copy of a page-sized buffer.
  if (dx === 0 && dy === 0 && image.height === height) return image.data;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sourceY = y - dy;
    if (sourceY < 0 || sourceY >= image.height) continue;
    const from = Math.max(0, -dx);
    const to = Math.min(width, image.width - dx);
    if (to <= from) continue;
    out.set(
      image.data.subarray((sourceY * image.width + from + dx) * 4, (sourceY * image.width + to + dx) * 4),
      (y * width + from) * 4,
    );
  }
  return out;
}

/** Which pixels of `expected` differ from `actual` moved by (dx, dy): one byte each, 1 where they differ. */
function differingPixels(expected: Uint8Array, actual: Uint8Array, width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height * 4);
  pixelmatch(expected, actual, mask, width, height, {
    threshold: colourThreshold,
    diffMask: true,
  });
  const differs = new Uint8Array(width * height);
  // With diffMask, differing pixels are drawn in diffColor (opaque red); the rest, anti-aliasing included, stay transparent.
  for (let pixel = 0; pixel < differs.length; pixel++) {
    differs[pixel] = mask[pixel * 4] === 255 && mask[pixel * 4 + 3] === 255 ? 1 : 0;
  }
  return differs;
}

export function compareScreenshots(expected: PNG, actual: PNG): VisualComparison {
  const width = expected.width;
  const height = Math.min(expected.height, actual.height);
  const diff = new PNG({ width: expected.width, height: expected.height });
  expected.data.copy(diff.data);
  if (expected.width !== actual.width || Math.abs(expected.height - actual.height) > toleratedHeightChange) {
    const sizeChange = `${actual.width} × ${actual.height} px instead of ${expected.width} × ${expected.height} px`;
    return { differing: Number.POSITIVE_INFINITY, tolerated: 0, share: 1, matches: false, sizeChange, diff };
  }
  const base = shifted(expected, 0, 0, width, height);
  let stillDiffering = differingPixels(base, shifted(actual, 0, 0, width, height), width, height);
  for (const [dx, dy] of oneStepAway) {
    if (!stillDiffering.includes(1)) break;
    const differs = differingPixels(base, shifted(actual, dx, dy, width, height), width, height);
    stillDiffering = stillDiffering.map((value, pixel) => value & (differs[pixel] ?? 0));
  }
  let differing = 0;
  for (let pixel = 0; pixel < stillDiffering.length; pixel++) {
    if (stillDiffering[pixel] !== 1) continue;
    differing++;
    diff.data.set([255, 0, 0, 255], pixel * 4);
  }
  const tolerated = Math.floor(width * height * toleratedShare);
  return { differing, tolerated, share: differing / (width * height), matches: differing <= tolerated, diff };
}

export function readPng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

export function writePng(image: PNG): Buffer {
  return PNG.sync.write(image);
}
