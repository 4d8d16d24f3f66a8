/** The languages Resonanz speaks: its UI strings, date formats and post languages. */
export const siteLanguages = ["de", "en"] as const;

export type SiteLanguage = (typeof siteLanguages)[number];

/** The locale of a language's number and date formats. */
export function localeOf(lang: SiteLanguage): string {
  return lang === "de" ? "de-DE" : "en-GB";
}
