import { describe, expect, it } from "vitest";
import { type Classified, classifySource, type SourceInput } from "../../functions/analytics/classify-source";

const siteHosts = ["resonanz.example", "127.0.0.1"];

function makeInput(overrides: Partial<SourceInput> = {}): SourceInput {
  return { referrerHost: null, utmSource: null, utmMedium: null, siteHosts, ...overrides };
}

/** Classifies a referrer host (never a URL: the collector passes `new URL(referrer).hostname`). */
function classifyReferrer(referrerHost: string): Classified {
  return classifySource(makeInput({ referrerHost }));
}

const social = (source: string): Classified => ({ channel: "social", source });
const search = (source: string): Classified => ({ channel: "search", source });
const webmail: Classified = { channel: "email", source: "Webmail" };

const referrerRows: { host: string; expected: Classified }[] = [
  // LinkedIn, including its link shortener and the Android app's android-app:// referrer.
  { host: "www.linkedin.com", expected: social("LinkedIn") },
  { host: "linkedin.com", expected: social("LinkedIn") },
  { host: "de.linkedin.com", expected: social("LinkedIn") },
  { host: "lnkd.in", expected: social("LinkedIn") },
  { host: "com.linkedin.android", expected: social("LinkedIn") },
  { host: "WWW.LinkedIn.COM", expected: social("LinkedIn") },
  { host: "www.xing.com", expected: social("XING") },
  { host: "com.xing.android", expected: social("XING") },
  // Facebook sends readers through link shims on several subdomains.
  { host: "l.facebook.com", expected: social("Facebook") },
  { host: "lm.facebook.com", expected: social("Facebook") },
  { host: "m.facebook.com", expected: social("Facebook") },
  { host: "web.facebook.com", expected: social("Facebook") },
  { host: "www.facebook.com", expected: social("Facebook") },
  { host: "com.facebook.katana", expected: social("Facebook") },
  { host: "l.instagram.com", expected: social("Instagram") },
  { host: "www.instagram.com", expected: social("Instagram") },
  { host: "t.co", expected: social("X") },
  { host: "x.com", expected: social("X") },
  { host: "twitter.com", expected: social("X") },
  { host: "mobile.twitter.com", expected: social("X") },
  { host: "mastodon.social", expected: social("Mastodon") },
  { host: "chaos.social", expected: social("Mastodon") },
  { host: "fosstodon.org", expected: social("Mastodon") },
  { host: "mastodon.example.org", expected: social("Mastodon") },
  { host: "mstdn.example.net", expected: social("Mastodon") },
  { host: "bsky.app", expected: social("Bluesky") },
  { host: "go.bsky.app", expected: social("Bluesky") },
  { host: "www.threads.net", expected: social("Threads") },
  { host: "l.threads.com", expected: social("Threads") },
  { host: "www.reddit.com", expected: social("Reddit") },
  { host: "old.reddit.com", expected: social("Reddit") },
  { host: "out.reddit.com", expected: social("Reddit") },
  { host: "news.ycombinator.com", expected: social("Hacker News") },
  { host: "www.youtube.com", expected: social("YouTube") },
  { host: "m.youtube.com", expected: social("YouTube") },
  { host: "youtu.be", expected: social("YouTube") },
  { host: "l.wl.co", expected: social("WhatsApp") },
  { host: "web.whatsapp.com", expected: social("WhatsApp") },
  { host: "com.whatsapp", expected: social("WhatsApp") },
  // Google has a search domain per country: bare, second-level and com.xx forms.
  { host: "www.google.com", expected: search("Google") },
  { host: "google.de", expected: search("Google") },
  { host: "www.google.de", expected: search("Google") },
  { host: "google.co.uk", expected: search("Google") },
  { host: "www.google.co.uk", expected: search("Google") },
  { host: "google.com.au", expected: search("Google") },
  { host: "www.google.com.br", expected: search("Google") },
  { host: "google.ch", expected: search("Google") },
  { host: "www.google.at", expected: search("Google") },
  { host: "www.google.fr", expected: search("Google") },
  { host: "www.google.co.jp", expected: search("Google") },
  { host: "com.google.android.googlequicksearchbox", expected: search("Google") },
  { host: "www.bing.com", expected: search("Bing") },
  { host: "cn.bing.com", expected: search("Bing") },
  { host: "duckduckgo.com", expected: search("DuckDuckGo") },
  { host: "html.duckduckgo.com", expected: search("DuckDuckGo") },
  { host: "www.ecosia.org", expected: search("Ecosia") },
  { host: "www.qwant.com", expected: search("Qwant") },
  { host: "lite.qwant.com", expected: search("Qwant") },
  { host: "www.startpage.com", expected: search("Startpage") },
  { host: "eu.startpage.com", expected: search("Startpage") },
  { host: "search.brave.com", expected: search("Brave") },
  { host: "search.yahoo.com", expected: search("Yahoo") },
  { host: "de.search.yahoo.com", expected: search("Yahoo") },
  { host: "yandex.ru", expected: search("Yandex") },
  { host: "yandex.com.tr", expected: search("Yandex") },
  { host: "ya.ru", expected: search("Yandex") },
  { host: "www.baidu.com", expected: search("Baidu") },
  { host: "m.baidu.com", expected: search("Baidu") },
  // A click in a mail read in the browser is email, not Google search or a referral.
  { host: "mail.google.com", expected: webmail },
  { host: "outlook.live.com", expected: webmail },
  { host: "outlook.office.com", expected: webmail },
  { host: "mail.yahoo.com", expected: webmail },
  { host: "navigator.gmx.net", expected: webmail },
  { host: "navigator.web.de", expected: webmail },
  { host: "webmail.example.de", expected: webmail },
  { host: "mail.example.com", expected: webmail },
  { host: "com.google.android.gm", expected: webmail },
  // Gmail Go, the Gmail app for low-memory Android phones, is a mail client like Gmail;
  // Google Go, the search app for the same phones, is Google search.
  { host: "com.google.android.gm.lite", expected: webmail },
  { host: "com.google.android.apps.searchlite", expected: search("Google") },
];

describe("classifySource from the referrer host", () => {
  it.each(referrerRows)("classifies $host as $expected.channel / $expected.source", ({ host, expected }) => {
    expect(classifyReferrer(host)).toStrictEqual(expected);
  });

  it.each([
    { host: "example.com", source: "example.com" },
    { host: "www.example.com", source: "example.com" },
    { host: "blog.example.org", source: "blog.example.org" },
    { host: "WWW.Heise.DE", source: "heise.de" },
    { host: "resonanz.example.org", source: "resonanz.example.org" },
  ])("names an unknown referrer $host by its host without www: $source", ({ host, source }) => {
    expect(classifyReferrer(host)).toStrictEqual({ channel: "referral", source });
  });

  // A known name inside a host someone else owns must not borrow the known source.
  it.each([
    "notgoogle.com",
    "google.evil.com",
    "www.google.evil.com",
    "google.com.evil.net",
    "mygoogle.de",
    "linkedin.com.evil.net",
    "evil-linkedin.com",
    "notlinkedin.com",
    "facebook.com.evil.net",
    "fakereddit.com",
    "notbing.com",
    "xt.co",
  ])("does not mistake %s for a known source", (host) => {
    expect(classifyReferrer(host)).toStrictEqual({ channel: "referral", source: host.replace(/^www\./, "") });
  });

  it.each([null, ""])("counts a pageview without referrer (%j) as direct", (referrerHost) => {
    expect(classifySource(makeInput({ referrerHost }))).toStrictEqual({ channel: "direct", source: "Direct" });
  });

  it.each([
    { referrerHost: "resonanz.example", hosts: siteHosts },
    { referrerHost: "www.resonanz.example", hosts: siteHosts },
    { referrerHost: "RESONANZ.example", hosts: siteHosts },
    { referrerHost: "127.0.0.1", hosts: siteHosts },
    { referrerHost: "resonanz.example", hosts: ["www.resonanz.example"] },
    { referrerHost: "www.resonanz.example", hosts: ["www.resonanz.example"] },
  ])("treats $referrerHost as internal on a site served at $hosts", ({ referrerHost, hosts }) => {
    expect(classifySource(makeInput({ referrerHost, siteHosts: hosts }))).toStrictEqual({
      channel: "internal",
      source: "Internal",
    });
  });
});

describe("classifySource with UTM parameters", () => {
  it.each([
    { utmSource: "newsletter", utmMedium: "email", expected: { channel: "email", source: "Newsletter" } },
    { utmSource: "Newsletter", utmMedium: null, expected: { channel: "email", source: "Newsletter" } },
    { utmSource: "linkedin", utmMedium: null, expected: social("LinkedIn") },
    { utmSource: "LinkedIn", utmMedium: "social", expected: social("LinkedIn") },
    { utmSource: "x", utmMedium: null, expected: social("X") },
    { utmSource: "hacker-news", utmMedium: null, expected: social("Hacker News") },
    { utmSource: "news.ycombinator.com", utmMedium: null, expected: social("Hacker News") },
    { utmSource: "google", utmMedium: "cpc", expected: { channel: "campaign", source: "Google" } },
    { utmSource: "google", utmMedium: "organic", expected: search("Google") },
    { utmSource: "spring-launch", utmMedium: null, expected: { channel: "campaign", source: "spring-launch" } },
    { utmSource: "partner-blog", utmMedium: "referral", expected: { channel: "referral", source: "partner-blog" } },
  ])(
    "classifies utm_source=$utmSource utm_medium=$utmMedium as $expected.channel / $expected.source",
    ({ utmSource, utmMedium, expected }) => {
      expect(classifySource(makeInput({ referrerHost: "www.google.de", utmSource, utmMedium }))).toStrictEqual(
        expected,
      );
    },
  );

  it("counts utm_medium=cpc without a source as a campaign", () => {
    expect(classifySource(makeInput({ utmMedium: "cpc" })).channel).toBe("campaign");
  });

  it.each(["www.linkedin.com", "www.google.de", "resonanz.example", null])(
    "lets UTM parameters override the referrer %s",
    (referrerHost) => {
      expect(classifySource(makeInput({ referrerHost, utmSource: "newsletter", utmMedium: "email" }))).toStrictEqual({
        channel: "email",
        source: "Newsletter",
      });
    },
  );
});
