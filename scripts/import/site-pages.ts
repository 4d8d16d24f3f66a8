/**
 * What the import knows of the site: the posts and their topics from the build's catalog
 * (the file the cron syncs into D1), and the paths of every page the build wrote. A line
 * for any other path is reported, not refused: an old blog's URLs still count as history.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import type { Catalog } from "../../functions/schemas/catalog.ts";
import { loadCatalog } from "../seed/catalog.ts";

const builtPages = "dist/client";

export interface SitePages {
  catalog: Catalog;
  /** Where the catalog came from: the build, or content/posts when there is none. */
  from: string;
  /** Post slugs, for comment lines. */
  posts: ReadonlySet<string>;
  /** Paths as the collector stores them (`/posts/x/`), for event lines. */
  paths: ReadonlySet<string>;
  built: boolean;
}

/** The URL path a built HTML file answers to: `posts/a/index.html` is `/posts/a/`. */
function urlPathOf(htmlFile: string): string {
  return `/${htmlFile
    .split("\\")
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1")}`;
}

async function listBuiltPaths(): Promise<string[]> {
  if (!existsSync(builtPages)) return [];
  const files = await readdir(builtPages, { recursive: true, encoding: "utf8" });
  return files.filter((file) => file.endsWith(".html")).map(urlPathOf);
}

export async function loadSitePages(today: string): Promise<SitePages> {
  const { catalog, from } = await loadCatalog(today);
  const built = await listBuiltPaths();
  return {
    catalog,
    from,
    posts: new Set(catalog.posts.map((post) => post.slug)),
    paths: new Set([...catalog.posts.map((post) => post.path), ...built]),
    built: built.length > 0,
  };
}
