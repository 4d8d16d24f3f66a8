import type { SiteLanguage } from "../site.config";

const strings = {
  de: {
    skipToContent: "Zum Inhalt springen",
    home: "Start",
    latestPosts: "Neueste Beiträge",
    publishedOn: "Veröffentlicht am",
    topics: "Themen",
    comments: "Kommentare",
    commentsSoon: "Kommentare folgen in Kürze.",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht (mehr). Vielleicht finden Sie, was Sie suchen, auf der Startseite.",
    backHome: "Zur Startseite",
  },
  en: {
    skipToContent: "Skip to content",
    home: "Home",
    latestPosts: "Latest posts",
    publishedOn: "Published on",
    topics: "Topics",
    comments: "Comments",
    commentsSoon: "Comments are coming soon.",
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist (any more). The home page may have what you are looking for.",
    backHome: "Back to the home page",
  },
} as const satisfies Record<SiteLanguage, Record<string, string>>;

export type UiKey = keyof (typeof strings)["en"];

export function translate(lang: SiteLanguage, key: UiKey): string {
  return strings[lang][key];
}

export function formatDate(date: Date, lang: SiteLanguage): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(date);
}
