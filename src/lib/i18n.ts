import type { SiteLanguage } from "../../site.config";

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
    byAuthor: "Von {name}",
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
    mastodonShareIntro: "Teilen Sie „{title}“ über Ihre eigene Mastodon-Instanz.",
    mastodonLeaving: "Dieser Link führt zu {instance}, einer Website außerhalb dieses Blogs.",
    mastodonContinue: "Weiter zu {instance}, um zu teilen",
    mastodonInstanceInvalid: "Bitte geben Sie den Namen Ihrer Mastodon-Instanz ein, etwa mastodon.social.",
    comments: "Kommentare",
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
    serverErrorTitle: "Da ist etwas schiefgegangen",
    serverErrorText: "Diese Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.",
    commentsEmpty: "Noch keine Kommentare. Schreiben Sie den ersten!",
    commentsClosed: "Die Kommentare zu diesem Beitrag sind geschlossen.",
    commentsOpenPage: "Kommentare lesen und schreiben",
    commentsCount: "{count} Kommentare",
    writeComment: "Kommentar schreiben",
    formName: "Name",
    formWebsite: "Website (optional)",
    formText: "Ihr Kommentar",
    formTextHint:
      "Kein HTML, kein Markdown. Links werden automatisch verlinkt. Ihr Kommentar erscheint nach der Freigabe.",
    formNoAccount: "Kein Konto, keine E-Mail-Adresse, kein Cookie.",
    formHoneypot: "Bitte leer lassen",
    formSubmit: "Kommentar senden",
    formSending: "Wird gesendet …",
    replyTo: "Antwort auf {name}",
    reply: "Antworten",
    cancelReply: "Keine Antwort, neuer Kommentar",
    authorBadge: "Autor",
    statusPending: "Danke! Ihr Kommentar wartet auf Freigabe.",
    statusApproved: "Danke! Ihr Kommentar ist veröffentlicht.",
    deleteLinkNote: "Ihr privater Link zum Löschen (24 Stunden gültig):",
    deleteTitle: "Kommentar löschen",
    deleteConfirm: "Diesen Kommentar endgültig löschen",
    deleteDone: "Ihr Kommentar wurde gelöscht.",
    deleteInvalid: "Dieser Link zum Löschen ist ungültig oder abgelaufen.",
    formRefusedTitle: "Formular nicht angenommen",
    formTooLarge:
      "Das Formular war zu groß, um es anzunehmen. Bitte kürzen Sie Ihren Text und senden Sie es noch einmal.",
    formNotAForm: "Diese Seite nimmt nur ihr eigenes Formular an, so wie ein Browser es sendet.",
    formUnreadable: "Das Formular kam unvollständig an. Bitte senden Sie es noch einmal.",
    errorName: "Bitte geben Sie einen Namen an (höchstens 80 Zeichen).",
    errorWebsite: "Die Website muss mit http:// oder https:// beginnen.",
    errorText: "Bitte schreiben Sie einen Kommentar (höchstens 5.000 Zeichen).",
    errorForm: "Das Formular ist abgelaufen. Ihr Text bleibt erhalten: Bitte senden Sie ihn noch einmal.",
    errorClosed: "Die Kommentare zu diesem Beitrag sind geschlossen.",
    errorRate: "Zu viele Kommentare in kurzer Zeit. Bitte warten Sie etwas; Ihr Text bleibt erhalten.",
    errorOther: "Das hat nicht geklappt. Ihr Text bleibt erhalten: Bitte versuchen Sie es noch einmal.",
    optOutTitle: "Eigene Besuche nicht zählen",
    optOutIntro:
      "Für Autorinnen und Autoren: Schalten Sie hier die Zählung Ihrer eigenen Besuche in diesem Browser ab. Die Einstellung ist ein Cookie, das nur dieser Browser bekommt und nur an diese Website zurückschickt; Leserinnen und Leser bekommen es nie.",
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
    byAuthor: "By {name}",
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
    mastodonShareIntro: "Share “{title}” from your own Mastodon instance.",
    mastodonLeaving: "This link leads to {instance}, a website outside this blog.",
    mastodonContinue: "Continue to {instance} to share",
    mastodonInstanceInvalid: "Please enter the name of your Mastodon instance, such as mastodon.social.",
    comments: "Comments",
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
    serverErrorTitle: "Something went wrong",
    serverErrorText: "This page could not be loaded just now. Please try again in a moment.",
    commentsEmpty: "No comments yet. Be the first!",
    commentsClosed: "Comments on this post are closed.",
    commentsOpenPage: "Read and write comments",
    commentsCount: "{count} comments",
    writeComment: "Write a comment",
    formName: "Name",
    formWebsite: "Website (optional)",
    formText: "Your comment",
    formTextHint: "No HTML, no Markdown. Links are linked automatically. Your comment appears once approved.",
    formNoAccount: "No account, no email address, no cookie.",
    formHoneypot: "Please leave empty",
    formSubmit: "Send comment",
    formSending: "Sending …",
    replyTo: "Reply to {name}",
    reply: "Reply",
    cancelReply: "No reply, a new comment",
    authorBadge: "Author",
    statusPending: "Thank you! Your comment is awaiting moderation.",
    statusApproved: "Thank you! Your comment is published.",
    deleteLinkNote: "Your private link to delete it (valid for 24 hours):",
    deleteTitle: "Delete comment",
    deleteConfirm: "Delete this comment for good",
    deleteDone: "Your comment has been deleted.",
    deleteInvalid: "This deletion link is invalid or has expired.",
    formRefusedTitle: "Form not accepted",
    formTooLarge: "The form was too large to accept. Please shorten your text and send it again.",
    formNotAForm: "This page only accepts its own form, as a browser sends it.",
    formUnreadable: "The form arrived incomplete. Please send it again.",
    errorName: "Please enter a name (at most 80 characters).",
    errorWebsite: "The website must start with http:// or https://.",
    errorText: "Please write a comment (at most 5,000 characters).",
    errorForm: "The form has expired. Your text is kept: please send it again.",
    errorClosed: "Comments on this post are closed.",
    errorRate: "Too many comments in a short time. Please wait a little; your text is kept.",
    errorOther: "That did not work. Your text is kept: please try again.",
    optOutTitle: "Don't count my visits",
    optOutIntro:
      "For authors: switch off counting your own visits in this browser. The setting is a cookie that only this browser gets and only sends back to this site; readers never get it.",
    optOutOn: "This browser is not counted.",
    optOutOff: "This browser is counted.",
    optOutDisable: "Stop counting my visits",
    optOutEnable: "Count my visits again",
  },
} as const satisfies Record<SiteLanguage, Record<string, string>>;

export type UiKey = keyof (typeof strings)["en"];

export type PlaceholderValues = Record<string, string | number>;

/** Fills `{name}` placeholders from `values`; unknown ones stay visible, so a missing value shows up in review. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function translate(lang: SiteLanguage, key: UiKey, values: PlaceholderValues = {}): string {
  return fillPlaceholders(strings[lang][key], values);
}

export function countPosts(lang: SiteLanguage, count: number): string {
  return count === 1 ? translate(lang, "postCountOne") : translate(lang, "postCount", { count });
}

export function localeOf(lang: SiteLanguage): string {
  return lang === "de" ? "de-DE" : "en-GB";
}

// One formatter per language: post lists and comment threads format a date per row.
const dateFormats = new Map<SiteLanguage, Intl.DateTimeFormat>();

export function formatDate(date: Date, lang: SiteLanguage): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** Every UI key, so tests can check that both languages are complete. */
export const uiStrings = strings;
