import type { Period } from "../../../../functions/queries/period";
import type { SiteLanguage } from "../../../../site.config";
import { localeOf } from "../../../lib/i18n";
import { translateDashboard } from "../../../lib/i18n-dashboard";

export interface Formatters {
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
  /** An instant, in UTC like every day boundary of the statistics. */
  dateTime(iso: string): string;
  range(period: Period): string;
}

// Building Intl formatters is costly and they hold no state, so each language gets one set
// per isolate rather than one per component (TrendCell alone renders once per table row).
const formattersByLang = new Map<SiteLanguage, Formatters>();

/** Number and date formats of the dashboard in the site language. */
export function createFormatters(lang: SiteLanguage): Formatters {
  let formatters = formattersByLang.get(lang);
  if (!formatters) {
    formatters = buildFormatters(lang);
    formattersByLang.set(lang, formatters);
  }
  return formatters;
}

function buildFormatters(lang: SiteLanguage): Formatters {
  const locale = localeOf(lang);
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
  // dateStyle cannot be combined with timeZoneName, hence the single fields.
  const instant = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  const day = (value: string) => calendarDay.format(new Date(`${value}T00:00:00Z`));
  return {
    count: (value) => integer.format(value),
    score: (value) => decimal.format(value),
    ratio: (value) => (Number.isFinite(value) ? `${twoDecimals.format(value)}×` : "∞"),
    rate: (value) => percent.format(value),
    change: (value) => signedPercent.format(value),
    day,
    dateTime: (iso) => instant.format(new Date(iso)),
    range: (period) => translateDashboard(lang, "periodRange", { from: day(period.from), to: day(period.to) }),
  };
}
