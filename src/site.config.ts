/**
 * The one place an author configures the site. The language drives UI strings,
 * `<html lang>` and date formats; a post may override it with its own `lang`.
 */
export const siteConfig = {
  title: "Resonanz",
  description: "Notizen zu Kommunikation, Reichweite und messbarem Marketing.",
  author: "Alex Beispiel",
  lang: "de",
  url: "https://resonanz.example",
} as const satisfies {
  title: string;
  description: string;
  author: string;
  lang: "de" | "en";
  url: string;
};

export type SiteLanguage = "de" | "en";
