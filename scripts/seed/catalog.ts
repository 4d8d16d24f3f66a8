/**
 * The post catalog the demo traffic is generated for: the build's dist/client/catalog.json
 * when there is one (the same file the cron syncs), else built from content/posts with the
 * site's own builder and publish rule, so the seeder also works before a first build.
 */

import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { type Catalog, catalogSchema } from "../../functions/schemas/catalog.ts";
import { siteLanguages } from "../../shared/languages.ts";
import { dayMs } from "../../shared/utc-day.ts";
import { buildCatalog, type CatalogSource } from "../../src/lib/catalog.ts";
import { isPublished } from "../../src/lib/posts.ts";

const builtCatalog = "dist/client/catalog.json";
const postsFolder = "content/posts";

// Only the fields the catalog needs; the build's own schema (src/lib/post-schema.ts) checks the rest.
const frontmatterSchema = z.object({
  title: z.string().trim().min(1),
  pubDate: z.union([z.string(), z.date()]).transform((value) => new Date(value)),
  tags: z.array(z.string()),
  draft: z.boolean().default(false),
  lang: z.enum(siteLanguages).optional(),
  comments: z.enum(["open", "closed"]).default("open"),
  series: z.string().optional(),
});

function readFrontmatter(source: string): unknown {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match?.[1] === undefined ? {} : parse(match[1]);
}

/** Astro's glob loader names an entry after its file; the demo posts' names are already slugs. */
function slugOfFile(file: string): string {
  return basename(file, extname(file)).toLowerCase();
}

/** The catalog a build on `today` would write, from the post files in `folder`. */
export async function buildCatalogFromPosts(today: string, folder = postsFolder): Promise<Catalog> {
  const files = (await readdir(folder)).filter((file) => /\.mdx?$/.test(file));
  // Published by the end of `today`, as a build run that day would see it.
  const publish = { now: new Date(Date.parse(`${today}T00:00:00Z`) + dayMs - 1), includeDrafts: false };
  const sources: CatalogSource[] = [];
  for (const file of files) {
    const frontmatter = frontmatterSchema.parse(readFrontmatter(await readFile(join(folder, file), "utf8")));
    const slug = slugOfFile(file);
    if (isPublished({ id: slug, data: frontmatter }, publish)) sources.push({ slug, ...frontmatter });
  }
  return buildCatalog(sources);
}

export interface LoadedCatalog {
  catalog: Catalog;
  from: string;
}

export async function loadCatalog(today: string): Promise<LoadedCatalog> {
  if (existsSync(builtCatalog)) {
    const catalog = catalogSchema.parse(JSON.parse(await readFile(builtCatalog, "utf8")));
    return { catalog, from: builtCatalog };
  }
  return { catalog: await buildCatalogFromPosts(today), from: `${postsFolder} (no build found)` };
}
