import { notAPageValue, otherValue } from "../../../../functions/analytics/fold-values";
import { channelWordKeys } from "../../../../shared/finding-words";
import type { SiteLanguage } from "../../../../site.config";
import { type DashboardKey, translateDashboard } from "../../../lib/i18n-dashboard";

const deviceKeys: Record<string, DashboardKey> = {
  desktop: "deviceDesktop",
  mobile: "deviceMobile",
  tablet: "deviceTablet",
};

const spamReasonKeys: Record<string, DashboardKey> = {
  honeypot: "spamHoneypot",
  "too-fast": "spamTooFast",
  links: "spamLinks",
  "blocked-word": "spamBlockedWord",
  imported: "spamImported",
};

/** A stored code in words, or the code itself when it is new to the dashboard. */
function labelOf(lang: SiteLanguage, keys: Record<string, DashboardKey>, code: string): string {
  const key = keys[code];
  return key ? translateDashboard(lang, key) : code;
}

/**
 * A source, campaign, goal or path as the author reads it: the rows the roll-ups fold rare values
 * and non-pages into (functions/analytics/fold-values.ts) in words, any other value as it is.
 */
export function foldedValueLabel(lang: SiteLanguage, value: string): string {
  if (value === otherValue) return translateDashboard(lang, "foldedOther");
  if (value === notAPageValue) return translateDashboard(lang, "foldedNotAPage");
  return value;
}

export function channelLabel(lang: SiteLanguage, channel: string): string {
  return labelOf(lang, channelWordKeys, channel);
}

export function spamReasonLabel(lang: SiteLanguage, reason: string): string {
  return labelOf(lang, spamReasonKeys, reason);
}

// One per language, not one per country row.
const regionNamesByLang = new Map<SiteLanguage, Intl.DisplayNames>();

function regionNames(lang: SiteLanguage): Intl.DisplayNames {
  let names = regionNamesByLang.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region" });
    regionNamesByLang.set(lang, names);
  }
  return names;
}

/** Country codes (stored as ISO 3166 alpha-2, "??" when Cloudflare named none) and device classes in words. */
export function dimensionValueLabel(lang: SiteLanguage, dimension: string, value: string): string {
  if (dimension === "device") return labelOf(lang, deviceKeys, value);
  if (dimension !== "country") return foldedValueLabel(lang, value);
  if (!/^[A-Z]{2}$/.test(value)) return translateDashboard(lang, "unknownCountry");
  return regionNames(lang).of(value) ?? value;
}
