import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { compareScreenshots } from "../support/visual-diff";

type Colour = [number, number, number];
const paper: Colour = [252, 252, 250];
const ink: Colour = [28, 28, 31];

/** A page of `lines` lines of "text" (dark strokes with gaps, like words), moved by (dx, dy). */
function page({
  dx = 0,
  dy = 0,
  height = 400,
  paint,
}: {
  dx?: number;
  dy?: number;
  height?: number;
  paint?: (x: number, y: number) => Colour | null;
} = {}): PNG {
  const image = new PNG({ width: 360, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < 360; x++) {
      const [tx, ty] = [x - dx, y - dy];
      const inLine = ty % 24 >= 6 && ty % 24 < 18 && tx >= 16 && tx < 344;
      const inStroke = inLine && tx % 7 < 2 && Math.floor(tx / 40) % 5 !== 4;
      const colour = paint?.(x, y) ?? (inStroke ? ink : paper);
      image.data.set([...colour, 255], (y * 360 + x) * 4);
    }
  }
  return image;
}

describe("compareScreenshots", () => {
  it("finds nothing between two equal pages", () => {
    expect(compareScreenshots(page(), page())).toMatchObject({ differing: 0, matches: true });
  });

  it.each([
    { dx: 1, dy: 0 },
    { dx: 0, dy: 1 },
    { dx: -1, dy: 1 },
  ])("lets text moved by ($dx, $dy) px pass", ({ dx, dy }) => {
    const comparison = compareScreenshots(page(), page({ dx, dy }));
    expect(comparison.matches).toBe(true);
    expect(comparison.differing).toBeLessThanOrEqual(comparison.tolerated);
  });

  it("fails text moved by three pixels", () => {
    expect(compareScreenshots(page(), page({ dy: 3 })).matches).toBe(false);
  });

  it("fails a button that lost its colour, a block of 120 × 40 px", () => {
    const unstyled = page({ paint: (x, y) => (x >= 20 && x < 140 && y >= 200 && y < 240 ? paper : null) });
    const styled = page({ paint: (x, y) => (x >= 20 && x < 140 && y >= 200 && y < 240 ? [10, 90, 168] : null) });
    const comparison = compareScreenshots(styled, unstyled);
    expect(comparison.matches).toBe(false);
    expect(comparison.differing).toBeGreaterThan(4_000);
  });

  it("fails a page whose height changed by more than two pixels, naming both sizes", () => {
    const comparison = compareScreenshots(page(), page({ height: 420 }));
    expect(comparison.matches).toBe(false);
    expect(comparison.sizeChange).toBe("360 × 420 px instead of 360 × 400 px");
  });

  it("counts only what no pixel one step away explains, and marks it in red on the diff image", () => {
    // Of a 3 × 3 px spot, only the centre has no unchanged pixel one step away.
    const spot = (x: number, y: number): Colour | null =>
      Math.abs(x - 100) <= 1 && Math.abs(y - 100) <= 1 ? [200, 0, 0] : null;
    const comparison = compareScreenshots(page(), page({ paint: spot }));
    expect(comparison.differing).toBe(1);
    const centre = (100 * 360 + 100) * 4;
    expect([...comparison.diff.data.subarray(centre, centre + 4)]).toStrictEqual([255, 0, 0, 255]);
  });
});
