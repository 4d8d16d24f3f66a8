import type { SiteLanguage } from "../site.config";

const strings = {
  de: {
    skipToContent: "Zum Inhalt springen",
    mainNavigation: "Hauptnavigation",
    home: "Start",
    topics: "Themen",
    archive: "Archiv",
    about: "Über",
    contact: "Kontakt",
    search: "Suche",
    searchLabel: "Blog durchsuchen",
    searchPlaceholder: "Suchbegriff",
    searchTitle: "Suche",
    searchIntro: "Durchsuchen Sie alle Beiträge. Die Suche läuft vollständig in Ihrem Browser.",
    searchNeedsJs: "Die Suche braucht JavaScript. Alle Beiträge finden Sie auch im Archiv.",
    latestPosts: "Neueste Beiträge",
    pageOf: "Seite {page} von {pages}",
    pagination: "Seitennavigation",
    newerPosts: "Neuere Beiträge",
    olderPosts: "Ältere Beiträge",
    publishedOn: "Veröffentlicht am",
    updatedOn: "Aktualisiert am",
    readingTime: "{minutes} Min. Lesezeit",
    postTopics: "Themen dieses Beitrags",
    postNavigation: "Weitere Beiträge",
    newerPost: "Neuerer Beitrag",
    olderPost: "Älterer Beitrag",
    relatedPosts: "Verwandte Beiträge",
    share: "Teilen",
    shareOn: "Auf {network} teilen",
    shareByEmail: "Per E-Mail teilen",
    mastodonInstance: "Ihre Mastodon-Instanz",
    shareOnMastodon: "Auf Mastodon teilen",
    comments: "Kommentare",
    commentsSoon: "Die Kommentarfunktion folgt in Kürze.",
    topicsTitle: "Alle Themen",
    topicsIntro: "Alle Themen dieses Blogs mit der Zahl ihrer Beiträge.",
    postCount: "{count} Beiträge",
    postCountOne: "1 Beitrag",
    topicTitle: "Thema: {topic}",
    topicIntro: "Alle Beiträge zum Thema {topic}.",
    archiveTitle: "Archiv",
    archiveIntro: "Alle Beiträge nach Jahr.",
    feed: "RSS-Feed",
    topicFeed: "RSS-Feed zu {topic}",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText:
      "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche, das Themenverzeichnis oder die Startseite.",
    backHome: "Zur Startseite",
    optOutTitle: "Eigene Besuche nicht zählen",
    optOutIntro:
      "Für Autorinnen und Autoren: Schalten Sie hier die Zählung Ihrer eigenen Besuche in diesem Browser ab. Die Einstellung wird nur in Ihrem Browser gespeichert.",
    optOutOn: "Dieser Browser wird nicht gezählt.",
    optOutOff: "Dieser Browser wird gezählt.",
    optOutDisable: "Meine Besuche nicht mehr zählen",
    optOutEnable: "Meine Besuche wieder zählen",
  },
  en: {
    skipToContent: "Skip to content",
    mainNavigation: "Main navigation",
    home: "Home",
    topics: "Topics",
    archive: "Archive",
    about: "About",
    contact: "Contact",
    search: "Search",
    searchLabel: "Search the blog",
    searchPlaceholder: "Search term",
    searchTitle: "Search",
    searchIntro: "Search every post. The search runs entirely in your browser.",
    searchNeedsJs: "Search needs JavaScript. You can also find every post in the archive.",
    latestPosts: "Latest posts",
    pageOf: "Page {page} of {pages}",
    pagination: "Pagination",
    newerPosts: "Newer posts",
    olderPosts: "Older posts",
    publishedOn: "Published on",
    updatedOn: "Updated on",
    readingTime: "{minutes} min read",
    postTopics: "Topics of this post",
    postNavigation: "More posts",
    newerPost: "Newer post",
    olderPost: "Older post",
    relatedPosts: "Related posts",
    share: "Share",
    shareOn: "Share on {network}",
    shareByEmail: "Share by email",
    mastodonInstance: "Your Mastodon instance",
    shareOnMastodon: "Share on Mastodon",
    comments: "Comments",
    commentsSoon: "Comments are coming soon.",
    topicsTitle: "All topics",
    topicsIntro: "Every topic of this blog with the number of its posts.",
    postCount: "{count} posts",
    postCountOne: "1 post",
    topicTitle: "Topic: {topic}",
    topicIntro: "Every post about {topic}.",
    archiveTitle: "Archive",
    archiveIntro: "Every post by year.",
    feed: "RSS feed",
    topicFeed: "RSS feed for {topic}",
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist (any more). Search, the topic index or the home page may help.",
    backHome: "Back to the home page",
    optOutTitle: "Don't count my visits",
    optOutIntro:
      "For authors: switch off counting your own visits in this browser. The setting is kept in your browser only.",
    optOutOn: "This browser is not counted.",
    optOutOff: "This browser is counted.",
    optOutDisable: "Stop counting my visits",
    optOutEnable: "Count my visits again",
  },
} as const satisfies Record<SiteLanguage, Record<string, string>>;

export type UiKey = keyof (typeof strings)["en"];

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function translate(lang: SiteLanguage, key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

export function countPosts(lang: SiteLanguage, count: number): string {
  return count === 1 ? translate(lang, "postCountOne") : translate(lang, "postCount", { count });
}

export function localeOf(lang: SiteLanguage): string {
  return lang === "de" ? "de-DE" : "en-GB";
}

export function formatDate(date: Date, lang: SiteLanguage): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** Every UI key, so tests can check that both languages are complete. */
export const uiStrings = strings;
