import { readFile } from "node:fs/promises";
import { type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import satori, { type SatoriOptions } from "satori";
import type { CardText } from "../lib/social-card";
import { cardSize } from "../lib/social-card";
import { buildCardLayout, cardFontFamily } from "../lib/social-card-layout";

/** Turns a card's text into an SVG (satori: layout, text as paths) and an SVG into a PNG (resvg). */
export interface CardRenderer {
  toSvg(text: CardText): Promise<string>;
  toPng(svg: string): Promise<Buffer>;
  /** What else decides the PNG besides the SVG, for the cache key. */
  pngSettings: string;
}

// The text is already paths in the SVG: resvg needs no fonts, and skipping the system's saves time.
const resvgOptions: ResvgRenderOptions = { font: { loadSystemFonts: false }, fitTo: { mode: "original" } };

/**
 * DejaVu Sans Condensed (assets/fonts/, Bitstream Vera licence): every Latin letter with
 * umlauts and ß, and narrow enough for long German titles. It lives in the card only; no
 * page loads it.
 */
export async function loadCardFonts(root: URL): Promise<NonNullable<SatoriOptions["fonts"]>> {
  const [bold, book] = await Promise.all([
    readFile(new URL("assets/fonts/DejaVuSansCondensed-Bold.ttf", root)),
    readFile(new URL("assets/fonts/DejaVuSansCondensed.ttf", root)),
  ]);
  return [
    { name: cardFontFamily, data: bold, weight: 700, style: "normal" },
    { name: cardFontFamily, data: book, weight: 400, style: "normal" },
  ];
}

export async function createCardRenderer(root: URL): Promise<CardRenderer> {
  // One array for every card: satori keeps the parsed fonts per array.
  const fonts = await loadCardFonts(root);
  const logo = `data:image/svg+xml;base64,${(await readFile(new URL("public/favicon.svg", root))).toString("base64")}`;
  return {
    toSvg: (text) => satori(buildCardLayout(text, logo), { ...cardSize, fonts }),
    toPng: async (svg) => (await renderAsync(svg, resvgOptions)).asPng(),
    pngSettings: JSON.stringify(resvgOptions),
  };
}
