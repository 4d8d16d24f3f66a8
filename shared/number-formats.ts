import { localeOf, type SiteLanguage } from "./languages";

/**
 * How the author's numbers are written, the same on the dashboard and in the weekly letter:
 * a finding's "1.43×" must read alike in both.
 */
export interface NumberFormats {
  count(value: number): string;
  score(value: number): string;
  /** A ratio such as 1.43 as "1.43×" (two decimals, so that an interval keeps two ends). */
  ratio(value: number): string;
  /** A share from 0 to 1 as a whole percentage. */
  rate(value: number): string;
  /** A relative change such as 0.25 as "+25 %". */
  change(value: number): string;
  /** A calendar day (YYYY-MM-DD). */
  day(day: string): string;
}

// Building Intl formatters is costly and they hold no state: one set per language and isolate.
const formatsByLang = new Map<SiteLanguage, NumberFormats>();

export function numberFormats(lang: SiteLanguage): NumberFormats {
  let formats = formatsByLang.get(lang);
  if (!formats) {
    formats = buildNumberFormats(localeOf(lang));
    formatsByLang.set(lang, formats);
  }
  return formats;
}

function buildNumberFormats(locale: string): NumberFormats {
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
