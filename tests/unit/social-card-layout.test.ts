import { readFileSync } from "node:fs";
import satori from "satori";
import { describe, expect, it } from "vitest";
import { loadCardFonts } from "../../src/integrations/social-card-render";
import type { CardText } from "../../src/lib/social-card";
import { buildCardLayout, cardFontFamily, cardPalette, titleStyle } from "../../src/lib/social-card-layout";

const fonts = await loadCardFonts(new URL("../../", import.meta.url));
const padding = 80;

function cardText(title: string): CardText {
  return { kicker: "Datenschutz", title, byline: "Alex Beispiel", siteName: "Resonanz" };
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** The card's text as satori places it (as <text> elements: the fonts are not embedded as paths). */
async function placeText(text: CardText): Promise<PlacedText[]> {
  const svg = await satori(buildCardLayout(text, undefined), { width: 1200, height: 630, fonts, embedFont: false });
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g),
  ].map(([, x, y, width, fontSize, content]) => ({
    text: content ?? "",
    x: Number(x),
    y: Number(y),
    width: Number(width),
    fontSize: Number(fontSize),
  }));
}

async function placeTitle(title: string): Promise<PlacedText[]> {
  return (await placeText(cardText(title))).filter((word) => word.fontSize === titleStyle(title).fontSize);
}

const longGermanTitle =
  "Über Größe und Maß: Warum Äpfel öfter süß sind als Birnen, und was das für Ihre Reichweite auf LinkedIn bedeutet";

describe("the card's title", () => {
  it.each([
    "Kurz",
    "Ein Newsletter, auf den Menschen antworten",
    "Newsletter Metrics After the Open Rate: Privacy-Friendly Ways to Know What Works",
    longGermanTitle,
    "x".repeat(120),
  ])("is set at 48 px or more for %s, legible in LinkedIn's feed", (title) => {
    expect(titleStyle(title).fontSize).toBeGreaterThanOrEqual(48);
  });

  it("keeps umlauts and ß as they are", async () => {
    const words = (await placeTitle("Über Größe, Maß und süße Äpfel")).map((word) => word.text);
    expect(words).toEqual(expect.arrayContaining(["Über", "Größe", "Maß", "süße", "Äpfel"]));
  });

  it("wraps a long title within the card's margins and cuts it with an ellipsis", async () => {
    const words = await placeTitle(`${longGermanTitle} ${longGermanTitle}`);
    const lines = new Set(words.map((word) => word.y));
    expect(lines.size).toBe(titleStyle(longGermanTitle).lines);
    // A space at a line's end may hang into the margin, as in CSS; letters may not.
    for (const word of words.filter((placed) => placed.text.trim() !== "")) {
      expect(word.x + word.width, word.text).toBeLessThanOrEqual(1200 - padding + 1);
    }
    expect(words.at(-1)?.text).toMatch(/…$/);
  });

  it("shows a short title whole", async () => {
    const words = await placeTitle("Warum Pageviews lügen");
    expect(words.map((word) => word.text).join("")).toBe("Warum Pageviews lügen");
  });

  it("cuts a long byline on one line instead of pushing the site's name off the card", async () => {
    const placed = await placeText({ ...cardText("Titel"), byline: "Kim Muster-Großmann ".repeat(8) });
    const siteName = placed.find((word) => word.text === "Resonanz");
    expect(siteName && siteName.x + siteName.width).toBeLessThanOrEqual(1200 - padding + 1);
    expect(new Set(placed.filter((word) => word.text.includes("Kim")).map((word) => word.y)).size).toBe(1);
  });
});

describe("the card's font", () => {
  /** A glyph's outline as satori draws it, at one place, so that two letters compare. */
  async function outline(letter: string): Promise<string> {
    const element = { type: "div", props: { style: { fontFamily: cardFontFamily, fontSize: 40 }, children: letter } };
    const svg = await satori(element, { width: 80, height: 80, fonts });
    return /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? "";
  }

  it.each([..."ÄÖÜäöüßẞ„“–…é"])("has a glyph of its own for %s", async (letter) => {
    // A letter the font lacks is drawn as the font's .notdef box, like any other unknown letter.
    const missing = await outline("\u{E000}");
    const drawn = await outline(letter);
    expect(drawn).not.toBe("");
    expect(drawn).not.toBe(missing);
  });
});

describe("the card's colours", () => {
  it("are the light theme of src/styles/global.css", () => {
    const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    for (const [name, colour] of Object.entries(cardPalette)) {
      expect(root, `--${name}`).toMatch(new RegExp(`--${name}:\\s*${colour};`));
    }
  });
});
