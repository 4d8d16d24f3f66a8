/**
 * Merges an import's old addresses into content/redirects.json: this import's first, in their
 * priority order, then any earlier rule it does not restate (an earlier import's, or the
 * author's own). Unchanged input leaves the file untouched.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type OldLink, oldLinkKey, oldLinksSchema } from "../../src/lib/old-links.ts";

export interface RedirectsOutcome {
  total: number;
  changed: boolean;
}

export function redirectsFile(contentFolder: string): string {
  return join(contentFolder, "redirects.json");
}

export async function mergeRedirects(
  contentFolder: string,
  planned: readonly OldLink[],
  options: { dryRun: boolean },
): Promise<RedirectsOutcome> {
  const file = redirectsFile(contentFolder);
  const before = existsSync(file) ? await readFile(file, "utf8") : "";
  const existing = before === "" ? [] : oldLinksSchema.parse(JSON.parse(before)).redirects;
  const plannedKeys = new Set(planned.map((link) => oldLinkKey(link.from)));
  const redirects = [...planned, ...existing.filter((link) => !plannedKeys.has(oldLinkKey(link.from)))];
  const text = `${JSON.stringify({ redirects }, null, 2)}\n`;
  const changed = text !== before;
  if (changed && !options.dryRun) await writeFile(file, text);
  return { total: redirects.length, changed };
}
