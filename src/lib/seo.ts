import { type SiteLanguage, siteConfig } from "../../site.config";
import { localeOf } from "./i18n";

export interface ArticleMeta {
  publishedTime: Date;
  modifiedTime?: Date | undefined;
  tags: string[];
  /** The post's own author, when not the site's (imported from a blog with several authors). */
  author?: string | undefined;
}

/** schema.org BlogPosting for a post page (https://schema.org/BlogPosting). */
export function buildBlogPostingJsonLd(input: {
  url: URL;
  title: string;
  description: string;
  lang: string;
  article: ArticleMeta;
}): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: input.title,
    description: input.description,
    inLanguage: input.lang,
    url: input.url.href,
    mainEntityOfPage: input.url.href,
    datePublished: input.article.publishedTime.toISOString(),
    dateModified: (input.article.modifiedTime ?? input.article.publishedTime).toISOString(),
    keywords: input.article.tags.join(", "),
    author: { "@type": "Person", name: input.article.author ?? siteConfig.author },
    publisher: { "@type": "Person", name: siteConfig.author },
  };
  // `<` escaped so that no string in the data can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** Open Graph wants `de_DE`, not `de-DE`. */
export function openGraphLocale(lang: SiteLanguage): string {
  return localeOf(lang).replace("-", "_");
}
