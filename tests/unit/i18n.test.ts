import { describe, expect, it } from "vitest";
import type { SiteLanguage } from "../../site.config";
import { countPosts, formatDate, localeOf, translate, type UiKey, uiStrings } from "../../src/lib/i18n";

const languages: SiteLanguage[] = ["de", "en"];

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("uiStrings", () => {
  it("has the same keys in German and English", () => {
    expect(Object.keys(uiStrings.de).sort()).toEqual(Object.keys(uiStrings.en).sort());
  });

  it.each(languages)("has no empty string in %s", (lang) => {
    const empty = Object.entries(uiStrings[lang]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const german = new Map<string, string>(Object.entries(uiStrings.de));
    for (const [key, english] of Object.entries(uiStrings.en)) {
      expect(placeholdersOf(german.get(key) ?? ""), key).toEqual(placeholdersOf(english));
    }
  });
});

describe("translate", () => {
  it.each<{ lang: SiteLanguage; key: UiKey; values: Record<string, string | number>; expected: string }>([
    { lang: "de", key: "pageOf", values: { page: 2, pages: 5 }, expected: "Seite 2 von 5" },
    { lang: "en", key: "pageOf", values: { page: 2, pages: 5 }, expected: "Page 2 of 5" },
    { lang: "de", key: "shareOn", values: { network: "XING" }, expected: "Auf XING teilen" },
    { lang: "en", key: "topicTitle", values: { topic: "Social Media" }, expected: "Topic: Social Media" },
    { lang: "de", key: "readingTime", values: { minutes: 0 }, expected: "0 Min. Lesezeit" },
    { lang: "en", key: "home", values: { unused: "x" }, expected: "Home" },
    { lang: "en", key: "topicTitle", values: {}, expected: "Topic: {topic}" },
  ])("$lang $key → $expected", ({ lang, key, values, expected }) => {
    expect(translate(lang, key, values)).toBe(expected);
  });
});

describe("formatDate", () => {
  it.each<{ lang: SiteLanguage; instant: string; expected: string }>([
    { lang: "de", instant: "2026-03-14T12:00:00Z", expected: "14. März 2026" },
    { lang: "en", instant: "2026-03-14T12:00:00Z", expected: "14 March 2026" },
    { lang: "de", instant: "2026-01-01T00:00:00Z", expected: "1. Januar 2026" },
    { lang: "en", instant: "2026-12-31T00:00:00Z", expected: "31 December 2026" },
    // Late in the UTC day is already the next day in Berlin, early is still the day before in New York.
    { lang: "de", instant: "2026-03-14T23:30:00Z", expected: "14. März 2026" },
    { lang: "en", instant: "2026-03-14T00:30:00Z", expected: "14 March 2026" },
  ])("$lang $instant → $expected", ({ lang, instant, expected }) => {
    expect(formatDate(new Date(instant), lang)).toBe(expected);
  });
});

describe("countPosts", () => {
  it.each<{ lang: SiteLanguage; count: number; expected: string }>([
    { lang: "de", count: 0, expected: "0 Beiträge" },
    { lang: "de", count: 1, expected: "1 Beitrag" },
    { lang: "de", count: 2, expected: "2 Beiträge" },
    { lang: "en", count: 0, expected: "0 posts" },
    { lang: "en", count: 1, expected: "1 post" },
    { lang: "en", count: 12, expected: "12 posts" },
  ])("$lang $count → $expected", ({ lang, count, expected }) => {
    expect(countPosts(lang, count)).toBe(expected);
  });
});

describe("localeOf", () => {
  it.each<{ lang: SiteLanguage; locale: string }>([
    { lang: "de", locale: "de-DE" },
    { lang: "en", locale: "en-GB" },
  ])("formats $lang in $locale", ({ lang, locale }) => {
    expect(localeOf(lang)).toBe(locale);
  });
});
