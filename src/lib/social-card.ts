import { z } from "astro/zod";

/** The size LinkedIn, XING, Mastodon and X show large (Open Graph's recommended 1.91 : 1). */
export const cardSize = { width: 1200, height: 630 } as const;

/** The image a page names in its Open Graph and Twitter meta tags. */
export interface SocialImage {
  /** A path on the site (`/cards/posts/a.png`, `/_astro/card.hash.jpg`). */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * What a generated card says, top to bottom: a kicker (the topic), the title, and a line
 * with a byline and the site's name.
 */
export const cardTextSchema = z.object({
  kicker: z.string().max(200),
  title: z.string().min(1).max(300),
  byline: z.string().max(200),
  siteName: z.string().min(1).max(120),
});

export type CardText = z.infer<typeof cardTextSchema>;

/**
 * The cards the build renders, handed from the prerendered pages (which know the posts) to
 * the Node integration (which can run the renderer): src/pages/cards/manifest.json.ts writes
 * it, src/integrations/social-cards.ts reads it and removes it.
 */
export const cardManifestPath = "/cards/manifest.json";

// A card's path becomes a file under dist/client: nothing that could lead out of /cards/.
const cardFilePath = z
  .string()
  .regex(/^\/cards\/[^?#]+\.png$/)
  .refine((path) => !decodeURIComponent(path).includes(".."));

export const cardManifestSchema = z.array(cardTextSchema.extend({ path: cardFilePath }));

export type GeneratedCard = z.infer<typeof cardManifestSchema>[number];

/** A generated card as an image: its alternative text is what it says, in reading order. */
export function generatedImage(card: GeneratedCard): SocialImage {
  const alt = [card.kicker, card.title, card.byline, card.siteName].filter((part) => part !== "").join(" · ");
  return { path: card.path, ...cardSize, alt };
}
