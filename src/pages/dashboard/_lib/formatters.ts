import type { Period } from "../../../../functions/queries/period";
import { localeOf } from "../../../../shared/languages";
import { type NumberFormats, numberFormats } from "../../../../shared/number-formats";
import type { SiteLanguage } from "../../../../site.config";
import { translateDashboard } from "../../../lib/i18n-dashboard";

export interface Formatters extends NumberFormats {
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
  const numbers = numberFormats(lang);
  // dateStyle cannot be combined with timeZoneName, hence the single fields.
  const instant = new Intl.DateTimeFormat(localeOf(lang), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  return {
    ...numbers,
    dateTime: (iso) => instant.format(new Date(iso)),
    range: (period) =>
      translateDashboard(lang, "periodRange", { from: numbers.day(period.from), to: numbers.day(period.to) }),
  };
}
