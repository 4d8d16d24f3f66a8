/**
 * The post and page files already in the content folder: which came from which WordPress id
 * (their `wordpressId`), and which names other files hold, so that an import neither
 * overwrites an author's own post nor gives the same item a new name on a second run.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export interface ExistingFile {
  /** Relative to the content folder: "posts/mein-beitrag.md". */
  file: string;
  slug: string;
  text: string;
}

export interface ExistingContent {
  byWordpressId: Map<number, ExistingFile>;
  /** Slugs of files that no item of this export owns. */
  takenSlugs: Set<string>;
}

const markerSchema = z.object({ wordpressId: z.number().int().positive().optional() }).loose();

function wordpressIdOf(text: string): number | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (match?.[1] === undefined) return undefined;
  try {
    const frontmatter = markerSchema.safeParse(parse(match[1]));
    return frontmatter.success ? frontmatter.data.wordpressId : undefined;
  } catch {
    // The build reports a file whose frontmatter is not YAML; here it is simply not an import.
    return undefined;
  }
}

export async function readExistingContent(
  contentFolder: string,
  kind: "posts" | "pages",
  exportIds: ReadonlySet<number>,
): Promise<ExistingContent> {
  const folder = join(contentFolder, kind);
  const byWordpressId = new Map<number, ExistingFile>();
  const takenSlugs = new Set<string>();
  if (!existsSync(folder)) return { byWordpressId, takenSlugs };
  for (const name of await readdir(folder)) {
    if (!/\.mdx?$/.test(name)) continue;
    const text = await readFile(join(folder, name), "utf8");
    const slug = basename(name, extname(name)).toLowerCase();
    const id = wordpressIdOf(text);
    if (id !== undefined && exportIds.has(id)) byWordpressId.set(id, { file: `${kind}/${name}`, slug, text });
    else takenSlugs.add(slug);
  }
  return { byWordpressId, takenSlugs };
}
