/**
 * The one place an author configures the site. The language drives UI strings,
 * `<html lang>` and date formats; a post may override it with its own `lang`.
 */
import type { SiteLanguage } from "./shared/languages";

export type { SiteLanguage };

export interface SiteConfig {
  title: string;
  description: string;
  author: string;
  lang: SiteLanguage;
  /** The public origin, used for canonical URLs, feeds and the sitemap. */
  url: string;
  postsPerPage: number;
  /** Shown as the contact link in the footer; its clicks count as the goal "contact". */
  contactEmail: string;
  /**
   * Hosts whose images posts may show, such as the old blog's after `npm run import:wordpress
   * -- --media keep`. Empty keeps every image on this site: a reader's browser that loads an
   * image from another host tells that host the reader's IP address.
   */
  imageHosts: string[];
  /**
   * Generate a social card (the image LinkedIn, XING or Mastodon show with a link) for every
   * post, topic and the site at build time. Off, pages name only the cards posts bring themselves.
   */
  socialCards: boolean;
}

export interface TrackerConfig {
  /** Send nothing when the browser asks not to be tracked (Do Not Track, Global Privacy Control). */
  respectDoNotTrack: boolean;
  /** Count visits to localhost too, e.g. to check the setup; off so that development is not counted. */
  trackLocalhost: boolean;
}

export const siteConfig: SiteConfig = {
  title: "Resonanz",
  description: "Notizen zu Kommunikation, Reichweite und messbarem Marketing – für Beraterinnen und Berater.",
  author: "Alex Beispiel",
  lang: "de",
  url: "https://resonanz.example",
  postsPerPage: 6,
  contactEmail: "hallo@resonanz.example",
  imageHosts: [],
  socialCards: true,
};

export interface AnalyticsConfig {
  /**
   * Per day, the roll-ups keep this many distinct paths, sources (referrer hosts), campaigns,
   * goal names and outbound hosts, the most frequent first; the rest of each is counted as
   * "(other)", so that made-up values cannot flood the dashboard's tables.
   */
  distinctValuesPerDay: number;
}

export const analyticsConfig: AnalyticsConfig = { distinctValuesPerDay: 300 };

/** Read by the tracker, so kept apart from the rest: only these two values ship to readers. */
export const trackerConfig: TrackerConfig = { respectDoNotTrack: true, trackLocalhost: false };

export interface CommentsConfig {
  /** New comments are public at once instead of waiting for the author's approval. */
  autoApprove: boolean;
  /** Close comments this many days after a post's publication; null keeps them open. */
  closeAfterDays: number | null;
  /** Comments containing one of these words (case-insensitive) go to the spam queue. */
  blockedWords: string[];
  /** More links than this sends a comment to the spam queue. */
  maxLinks: number;
}

export const commentsConfig: CommentsConfig = {
  autoApprove: false,
  closeAfterDays: null,
  blockedWords: ["viagra", "casino", "crypto giveaway", "seo services"],
  maxLinks: 2,
};

export interface GoalConfig {
  /** The goal's name in the dashboard, per language. */
  label: Record<SiteLanguage, string>;
  /** What one conversion is worth to the author, in any unit they choose (e.g. euros); optional. */
  value?: number;
}

/**
 * Named goals: an element marked `data-goal="newsletter"` counts a conversion of the goal
 * "newsletter". Goals not listed here are still counted and shown under their name.
 */
export const goalsConfig: Record<string, GoalConfig> = {
  contact: { label: { de: "Kontakt per E-Mail", en: "Contact by e-mail" }, value: 20 },
  newsletter: { label: { de: "Newsletter-Anmeldung", en: "Newsletter sign-up" }, value: 5 },
};

export interface FeedConfig {
  /**
   * Put each post's full text in the RSS feeds (`content:encoded`), with absolute image and
   * link URLs, instead of only its description. Off by default: a summary brings the reader
   * to the site, where the post is counted and can be commented.
   */
  fullContent: boolean;
}

export const feedConfig: FeedConfig = { fullContent: false };

export interface LetterConfig {
  /**
   * The weekly letter (docs/letter.md). It is sent only once LETTER_TO and LETTER_FROM are set
   * (wrangler.jsonc `vars` or secrets) and the `send_email` binding exists; this switch turns
   * it off even then.
   */
  enabled: boolean;
  /** The author's time zone (IANA name): "Monday 07:00" is read in it, summer time included. */
  timeZone: string;
  /** ISO weekday of the letter: 1 is Monday, 7 Sunday. */
  weekday: number;
  /** Hour of that day (0–23), in `timeZone`. */
  hour: number;
  /**
   * A short alert when a post's engaged reads today are far beyond its usual level, once per
   * post and day, by mail (to LETTER_TO) or to the comment webhook (COMMENT_WEBHOOK_URL). Off: null.
   */
  alert: "mail" | "webhook" | null;
}

export const letterConfig: LetterConfig = {
  enabled: true,
  timeZone: "Europe/Berlin",
  weekday: 1,
  hour: 7,
  alert: null,
};
