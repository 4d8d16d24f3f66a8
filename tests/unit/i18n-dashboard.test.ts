import { describe, expect, it } from "vitest";
import type { SiteLanguage } from "../../site.config";
import { dashboardStrings, translateDashboard } from "../../src/lib/i18n-dashboard";

const languages: SiteLanguage[] = ["de", "en"];

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("dashboardStrings", () => {
  it("has the same keys in German and English", () => {
    expect(Object.keys(dashboardStrings.de).sort()).toEqual(Object.keys(dashboardStrings.en).sort());
  });

  it.each(languages)("has no empty string in %s", (lang) => {
    const empty = Object.entries(dashboardStrings[lang]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const german = new Map<string, string>(Object.entries(dashboardStrings.de));
    for (const [key, english] of Object.entries(dashboardStrings.en)) {
      expect(placeholdersOf(german.get(key) ?? ""), key).toEqual(placeholdersOf(english));
    }
  });
});

describe("translateDashboard", () => {
  it.each([
    { lang: "de", expected: "3 offen, 1 Spam" },
    { lang: "en", expected: "3 pending, 1 spam" },
  ] as const)("fills placeholders in $lang", ({ lang, expected }) => {
    expect(translateDashboard(lang, "commentCounts", { pending: 3, spam: 1 })).toBe(expected);
  });
});
