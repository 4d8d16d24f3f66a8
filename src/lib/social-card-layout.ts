import { type CardText, cardSize } from "./social-card";

/** An element as satori reads it (the shape of a React element, without React). */
export interface CardElement {
  type: "div" | "img";
  props: {
    style: Record<string, string | number>;
    children?: string | CardElement[];
    src?: string;
    width?: number;
    height?: number;
  };
}

/** The light theme of src/styles/global.css (`:root`); tests/unit/social-card-layout.test.ts keeps them equal. */
export const cardPalette = {
  text: "#1c1c1f",
  muted: "#505058",
  bg: "#fcfcfa",
  accent: "#0a5aa8",
  rule: "#d5d5d0",
} as const;

/** The font family the card's text is set in (assets/fonts/, loaded by src/integrations/social-card-render.ts). */
export const cardFontFamily = "Card Sans";

/**
 * The title's size and the lines it may take: short titles large, long ones smaller and cut
 * with an ellipsis. Even the smallest stays readable in LinkedIn's feed, which shows the
 * card at about 550 px wide: 56 px there is about 26 px.
 */
export function titleStyle(title: string): { fontSize: number; lines: number } {
  const length = [...title].length;
  if (length <= 30) return { fontSize: 80, lines: 3 };
  if (length <= 60) return { fontSize: 68, lines: 4 };
  return { fontSize: 56, lines: 4 };
}

function div(style: CardElement["props"]["style"], children: string | CardElement[]): CardElement {
  return { type: "div", props: { style, children } };
}

/** One line of text, cut with an ellipsis when too long. */
function oneLine(style: CardElement["props"]["style"], text: string): CardElement {
  return div({ ...style, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }, text);
}

/**
 * The card: a band in the accent colour, the kicker (a post's topic), the title, and below a
 * rule the byline and the site's name with its icon (a data: URI of public/favicon.svg).
 */
export function buildCardLayout(text: CardText, logo: string | undefined): CardElement {
  const { fontSize, lines } = titleStyle(text.title);
  const siteName: CardElement[] = [oneLine({ fontWeight: 700, color: cardPalette.text }, text.siteName)];
  if (logo) siteName.unshift({ type: "img", props: { src: logo, width: 40, height: 40, style: { marginRight: 14 } } });
  return div(
    {
      boxSizing: "border-box",
      width: cardSize.width,
      height: cardSize.height,
      display: "flex",
      flexDirection: "column",
      padding: "56px 80px",
      borderTop: `16px solid ${cardPalette.accent}`,
      background: cardPalette.bg,
      color: cardPalette.text,
      fontFamily: cardFontFamily,
    },
    [
      oneLine({ fontSize: 32, fontWeight: 700, color: cardPalette.accent, marginBottom: 28 }, text.kicker),
      div(
        {
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          flexGrow: 1,
          flexShrink: 1,
          overflow: "hidden",
        },
        [
          div(
            { display: "block", width: "100%", fontSize, fontWeight: 700, lineHeight: 1.15, lineClamp: lines },
            text.title,
          ),
        ],
      ),
      div(
        {
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          marginTop: 28,
          paddingTop: 24,
          borderTop: `2px solid ${cardPalette.rule}`,
          fontSize: 32,
          color: cardPalette.muted,
        },
        [
          oneLine({ flexShrink: 1, marginRight: 32 }, text.byline),
          div({ display: "flex", alignItems: "center", flexShrink: 0 }, siteName),
        ],
      ),
    ],
  );
}
