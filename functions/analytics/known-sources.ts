/**
 * Referrer hosts Resonanz names. A host matches an entry when it equals one of
 * the entry's hosts or ends with "." + one of them (subdomains, link shims).
 * Patterns cover hosts with many country domains (google.de, google.co.uk, ...).
 */
export interface KnownSource {
  source: string;
  channel: "search" | "social" | "email";
  hosts?: string[];
  pattern?: RegExp;
}

export const knownSources: KnownSource[] = [
  // Social networks, including their link shims and Android app referrers.
  { source: "LinkedIn", channel: "social", hosts: ["linkedin.com", "lnkd.in", "com.linkedin.android"] },
  { source: "XING", channel: "social", hosts: ["xing.com", "com.xing.android"] },
  {
    source: "Facebook",
    channel: "social",
    hosts: ["facebook.com", "fb.com", "fb.me", "fbcdn.net", "com.facebook.katana", "com.facebook.lite"],
  },
  { source: "Instagram", channel: "social", hosts: ["instagram.com", "com.instagram.android"] },
  { source: "X", channel: "social", hosts: ["x.com", "twitter.com", "t.co", "com.twitter.android"] },
  {
    source: "Mastodon",
    channel: "social",
    hosts: [
      "mastodon.social",
      "mastodon.online",
      "mstdn.social",
      "mas.to",
      "fosstodon.org",
      "chaos.social",
      "org.joinmastodon.android",
    ],
    pattern: /(^|\.)(mastodon|mstdn)\.|^mastodon\./,
  },
  { source: "Bluesky", channel: "social", hosts: ["bsky.app", "bsky.social", "xyz.blueskyweb.app"] },
  { source: "Threads", channel: "social", hosts: ["threads.net", "threads.com", "com.instagram.barcelona"] },
  { source: "Reddit", channel: "social", hosts: ["reddit.com", "redd.it", "com.reddit.frontpage"] },
  { source: "Hacker News", channel: "social", hosts: ["news.ycombinator.com"] },
  { source: "YouTube", channel: "social", hosts: ["youtube.com", "youtu.be", "com.google.android.youtube"] },
  { source: "WhatsApp", channel: "social", hosts: ["whatsapp.com", "wa.me", "l.wl.co", "com.whatsapp"] },
  // Webmail: a click from a mail read in the browser.
  {
    source: "Webmail",
    channel: "email",
    hosts: [
      "mail.google.com",
      "outlook.live.com",
      "outlook.office.com",
      "outlook.office365.com",
      "mail.yahoo.com",
      "mail.proton.me",
      "mail.aol.com",
      "navigator.gmx.net",
      "navigator.web.de",
      "email.t-online.de",
      "mail.ionos.de",
      "webmail.freenet.de",
      "com.google.android.gm",
      "com.google.android.gm.lite",
    ],
    pattern: /^(webmail|mail|email)\./,
  },
  // Search engines.
  {
    source: "Google",
    channel: "search",
    hosts: ["com.google.android.googlequicksearchbox", "com.google.android.apps.searchlite"],
    pattern: /(^|\.)google\.(com|[a-z]{2}|com?\.[a-z]{2})$/,
  },
  { source: "Bing", channel: "search", hosts: ["bing.com"] },
  { source: "DuckDuckGo", channel: "search", hosts: ["duckduckgo.com"] },
  { source: "Ecosia", channel: "search", hosts: ["ecosia.org"] },
  { source: "Qwant", channel: "search", hosts: ["qwant.com"] },
  { source: "Startpage", channel: "search", hosts: ["startpage.com"] },
  { source: "Brave", channel: "search", hosts: ["search.brave.com"] },
  { source: "Yahoo", channel: "search", hosts: ["search.yahoo.com", "yahoo.com"] },
  { source: "Yandex", channel: "search", hosts: ["ya.ru"], pattern: /(^|\.)yandex\.(ru|com|by|kz|ua|com\.tr)$/ },
  { source: "Baidu", channel: "search", hosts: ["baidu.com"] },
];

/** utm_source values that name a known source in another spelling. */
export const utmSourceAliases: Record<string, string> = {
  linkedin: "LinkedIn",
  li: "LinkedIn",
  lnkd: "LinkedIn",
  xing: "XING",
  facebook: "Facebook",
  fb: "Facebook",
  instagram: "Instagram",
  ig: "Instagram",
  twitter: "X",
  x: "X",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  bsky: "Bluesky",
  threads: "Threads",
  reddit: "Reddit",
  hackernews: "Hacker News",
  hn: "Hacker News",
  youtube: "YouTube",
  whatsapp: "WhatsApp",
  google: "Google",
  bing: "Bing",
  duckduckgo: "DuckDuckGo",
  ecosia: "Ecosia",
  newsletter: "Newsletter",
};
