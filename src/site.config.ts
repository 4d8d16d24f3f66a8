/**
 * The one place an author configures the site. The language drives UI strings,
 * `<html lang>` and date formats; a post may override it with its own `lang`.
 */
export type SiteLanguage = "de" | "en";

export interface SiteConfig {
  title: string;
  description: string;
  author: string;
  lang: SiteLanguage;
  /** The public origin, used for canonical URLs, feeds and the sitemap. */
  url: string;
  postsPerPage: number;
}

export const siteConfig: SiteConfig = {
  title: "Resonanz",
  description: "Notizen zu Kommunikation, Reichweite und messbarem Marketing – für Beraterinnen und Berater.",
  author: "Alex Beispiel",
  lang: "de",
  url: "https://resonanz.example",
  postsPerPage: 6,
};
