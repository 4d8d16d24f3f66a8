import type { SiteLanguage } from "../../shared/languages";

/**
 * Numbers as the dashboard writes them (src/pages/dashboard/_lib/formatters.ts), which the API
 * may not import; tests/unit/letter-wording.test.ts compares the two.
 */
export interface LetterFormat {
  count(value: number): string;
  score(value: number): string;
  ratio(value: number): string;
  rate(value: number): string;
  change(value: number): string;
  day(day: string): string;
}

export function letterFormat(lang: SiteLanguage): LetterFormat {
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const integer = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  });
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    count: (value) => integer.format(value),
    score: (value) => decimal.format(value),
    ratio: (value) => (Number.isFinite(value) ? `${twoDecimals.format(value)}×` : "∞"),
    rate: (value) => percent.format(value),
    change: (value) => signedPercent.format(value),
    day: (value) => calendarDay.format(new Date(`${value}T00:00:00Z`)),
  };
}
