/**
 * The path under which a page's events are counted: `/posts/x` and `/posts/x/`
 * are one page (Astro serves directories), query and fragment are dropped.
 */
export function normalizePagePath(url: URL): string {
  const path = url.pathname.replace(/\/{2,}/g, "/");
  if (path.endsWith("/") || /\.[a-z0-9]+$/i.test(path)) return path;
  return `${path}/`;
}
