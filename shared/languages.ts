/** The languages Resonanz speaks: its UI strings, date formats and post languages. */
export const siteLanguages = ["de", "en"] as const;

export type SiteLanguage = (typeof siteLanguages)[number];
