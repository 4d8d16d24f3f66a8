/**
 * Writes the planned posts and pages. A file an earlier import wrote is compared: the same
 * text is left alone, and a different one too, since the author may have edited it since.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { renderContentFile } from "./content-file.ts";
import type { PlannedEntry } from "./plan-entries.ts";

export interface WrittenEntries {
  written: string[];
  unchanged: string[];
  /** Files from an earlier import that differ from this export: left as they are. */
  kept: string[];
  /** Unconverted shortcodes, at their place in the written file. */
  shortcodes: { file: string; line: number; text: string }[];
}

export async function writeEntries(
  entries: readonly PlannedEntry[],
  options: { contentFolder: string; dryRun: boolean },
): Promise<WrittenEntries> {
  const result: WrittenEntries = { written: [], unchanged: [], kept: [], shortcodes: [] };
  for (const entry of entries) {
    const { text, bodyLine } = renderContentFile(entry.frontmatter, entry.markdown);
    const path = join(options.contentFolder, entry.file);
    for (const shortcode of entry.shortcodes) {
      result.shortcodes.push({ file: path, line: bodyLine + shortcode.line - 1, text: shortcode.text });
    }
    if (entry.existing) {
      (entry.existing.text === text ? result.unchanged : result.kept).push(path);
      continue;
    }
    if (existsSync(path)) {
      // Not from this export, yet at this name: slugs avoid such names, so this is a race; keep it.
      result.kept.push(path);
      continue;
    }
    if (!options.dryRun) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
    result.written.push(path);
  }
  return result;
}
