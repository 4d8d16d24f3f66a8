import { type SiteLanguage, siteLanguages } from "../../shared/languages.ts";
import { siteConfig } from "../../site.config.ts";

const isSiteLanguage = (code: string): code is SiteLanguage => siteLanguages.some((language) => language === code);

/** The export's language ("de-DE") as one of the site's, or the site's own when it has no such one. */
export function languageOfExport(language: string): SiteLanguage {
  const code = language.slice(0, 2).toLowerCase();
  return isSiteLanguage(code) ? code : siteConfig.lang;
}
