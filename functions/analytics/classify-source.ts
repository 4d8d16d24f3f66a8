import { type KnownSource, knownSources, utmSourceAliases } from "./known-sources";

/**
 * The one owner of the channel a pageview came through. `internal` marks
 * navigation inside the site, which is not a source.
 */
export type Channel = "direct" | "search" | "social" | "email" | "campaign" | "referral" | "internal";

export interface SourceInput {
  /** Host of the referrer (or the Android app id of an android-app:// referrer); null when there is none. */
  referrerHost: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  /** Hosts that count as this site (configured host and the host the request was sent to). */
  siteHosts: string[];
}

export interface Classified {
  channel: Channel;
  source: string;
}

function matchesHost(host: string, known: KnownSource): boolean {
  if (known.hosts?.some((candidate) => host === candidate || host.endsWith(`.${candidate}`))) return true;
  return known.pattern?.test(host) ?? false;
}

export function findKnownSource(host: string): KnownSource | undefined {
  return knownSources.find((known) => matchesHost(host, known));
}

/** Channel implied by utm_medium, after the conventions of GA4's default channel grouping. */
function channelOfMedium(medium: string): Channel | undefined {
  if (/^(e-?mail|newsletter|mail)$/.test(medium)) return "email";
  if (/^(social|social-media|social_media|sm|social-network|paid-social|paid_social)$/.test(medium)) return "social";
  if (/^(organic|seo)$/.test(medium)) return "search";
  if (/^(referral|link)$/.test(medium)) return "referral";
  if (/^(cpc|ppc|paid|display|banner|cpm|affiliate|ad|ads)$/.test(medium)) return "campaign";
  return undefined;
}

function classifyUtm(utmSource: string | null, utmMedium: string | null): Classified {
  const sourceKey = (utmSource ?? "").toLowerCase();
  const alias = utmSourceAliases[sourceKey.replace(/[\s._-]+/g, "")];
  const known = alias ? undefined : findKnownSource(sourceKey);
  const source = alias ?? known?.source ?? (utmSource || utmMedium || "campaign");
  const mediumChannel = utmMedium ? channelOfMedium(utmMedium.toLowerCase()) : undefined;
  const knownChannel = knownSources.find((entry) => entry.source === source)?.channel;
  const channel = mediumChannel ?? knownChannel ?? (source === "Newsletter" ? "email" : "campaign");
  return { channel, source };
}

function stripWww(host: string): string {
  return host.replace(/^www\./, "");
}

export function classifySource(input: SourceInput): Classified {
  if (input.utmSource || input.utmMedium) return classifyUtm(input.utmSource, input.utmMedium);
  if (!input.referrerHost) return { channel: "direct", source: "Direct" };
  const host = stripWww(input.referrerHost.toLowerCase());
  if (input.siteHosts.some((siteHost) => stripWww(siteHost.toLowerCase()) === host)) {
    return { channel: "internal", source: "Internal" };
  }
  const known = findKnownSource(host);
  if (known) return { channel: known.channel, source: known.source };
  return { channel: "referral", source: host };
}
