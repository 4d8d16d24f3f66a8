import { siteConfig } from "../../site.config";

const configuredHost = new URL(siteConfig.url).hostname;

function hostOf(origin: string): string | null {
  return URL.canParse(origin) ? new URL(origin).hostname : null;
}

/**
 * Whether a browser sent this request from another site's page: its Fetch Metadata says
 * `cross-site`, or its Origin is neither this site (site.config.ts) nor the host the request
 * was sent to (a local preview on 127.0.0.1:port). The tracker posts from the site's own
 * pages, so its requests are same-origin. A request with neither header (curl, an import)
 * is no browser's cross-site request and passes.
 */
export function isCrossSiteRequest(headers: Headers, requestHost: string): boolean {
  if (headers.get("sec-fetch-site")?.toLowerCase() === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  return host !== configuredHost && host !== requestHost;
}
