/**
 * The old addresses of a blog that moved in (content/redirects.json, written by
 * `npm run import:wordpress`), and where each now lives. Static rules go into Cloudflare's
 * `_redirects`, so that no code runs for them (src/integrations/old-links.ts); the Worker
 * answers what that file cannot express: query strings (`/?p=123`), spellings of a path that
 * differ from the export's, and rules beyond the file's limit (src/worker.ts).
 */
import { z } from "astro/zod";

const localPath = z
  .string()
  .min(1)
  .max(1000)
  .regex(/^\/(?!\/)[^\s]*$/, "must be a path on this site, starting with one /");

export const oldLinksSchema = z.object({
  /** In priority order: what `_redirects` holds when not all fit. */
  redirects: z.array(z.object({ from: localPath, to: localPath })).max(200_000),
});

export type OldLinks = z.infer<typeof oldLinksSchema>;
export type OldLink = OldLinks["redirects"][number];

/** Cloudflare's limit of static rules in `_redirects` (developers.cloudflare.com/workers/static-assets/redirects/). */
export const staticRuleLimit = 2_000;

/** The WordPress query parameters that name a post, page or archive; all others are ignored. */
const addressingParameters = ["p", "page_id", "cat", "tag", "m", "feed", "author"];

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * One spelling for every way a reader's browser may ask for an old address: percent-escapes
 * decoded (WordPress writes `%c3%bc`, browsers send `%C3%BC` or `ü`), lower case, a trailing
 * slash, and only the query parameters that address something, sorted.
 */
export function oldLinkKey(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, "https://old.invalid");
  let path = decodeSafely(url.pathname).toLowerCase();
  if (!path.endsWith("/") && !/\.[a-z0-9]{1,5}$/.test(path)) path = `${path}/`;
  const query = addressingParameters
    .flatMap((name) => url.searchParams.getAll(name).map((value) => `${name}=${value.toLowerCase()}`))
    .sort()
    .join("&");
  return query === "" ? path : `${path}?${query}`;
}

/** The lookup the Worker answers from. */
export function indexOldLinks(links: OldLinks): Map<string, string> {
  const index = new Map<string, string>();
  for (const { from, to } of links.redirects) {
    const key = oldLinkKey(from);
    if (!index.has(key)) index.set(key, to);
  }
  return index;
}

/** Where an old address now lives, or undefined when it is not one. */
export function findOldLink(index: ReadonlyMap<string, string>, url: URL): string | undefined {
  if (index.size === 0) return undefined;
  return index.get(oldLinkKey(`${url.pathname}${url.search}`));
}

/**
 * The lines of `_redirects`: the first `staticRuleLimit` rules that a static rule can express
 * (no query string, no placeholder or wildcard characters) and that do not shadow an address
 * the site serves itself, since Cloudflare follows a rule even where a file exists.
 */
export function staticRedirectRules(links: OldLinks, isServed: (path: string) => boolean): string[] {
  const rules: string[] = [];
  const seen = new Set<string>();
  for (const { from, to } of links.redirects) {
    if (rules.length === staticRuleLimit) break;
    if (from.includes("?") || /[*:]/.test(from) || seen.has(from) || isServed(from)) continue;
    seen.add(from);
    rules.push(`${from} ${to} 301`);
  }
  return rules;
}
