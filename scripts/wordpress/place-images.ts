/**
 * Where the images of the imported posts come from after the import. With `--media download`
 * each one is fetched into content/posts/images/ (bounded: scripts/wordpress/media/) and the
 * Markdown links it relatively, so that Astro optimises it; one that cannot be fetched, and
 * every one with `--media keep`, keeps its absolute address on the old blog.
 */
import { join } from "node:path";
import { downloadImages } from "./media/download-images.ts";
import { linkLocalImages } from "./media/link-local-images.ts";
import type { PlannedEntry } from "./plan-entries.ts";

export type MediaMode = "download" | "keep";

export interface ImagesReport {
  fetched: number;
  /** Already in content/posts/images/ from an earlier import. */
  present: number;
  failed: { url: string; reason: string; files: string[] }[];
  kept: { url: string; files: string[] }[];
}

/** Where each entry's Markdown finds content/posts/images/. */
function imagesPrefix(entry: PlannedEntry): string {
  return entry.kind === "post" ? "./images/" : "../posts/images/";
}

/** Images written relative to the old blog ("/wp-content/…") as absolute addresses there. */
function absoluteImages(entry: PlannedEntry, siteLink: string): PlannedEntry {
  const absolute = new Map<string, string>();
  for (const image of entry.images) {
    const resolved = URL.canParse(image.url, siteLink) ? new URL(image.url, siteLink).href : image.url;
    if (resolved !== image.url) absolute.set(image.url, resolved);
  }
  if (absolute.size === 0) return entry;
  return {
    ...entry,
    markdown: linkLocalImages(entry.markdown, absolute, ""),
    images: entry.images.map((image) => ({ ...image, url: absolute.get(image.url) ?? image.url })),
  };
}

function filesByUrl(entries: readonly PlannedEntry[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const entry of entries) {
    for (const image of entry.images) files.set(image.url, [...(files.get(image.url) ?? []), entry.file]);
  }
  return files;
}

export async function placeImages(
  planned: readonly PlannedEntry[],
  options: { mode: MediaMode; siteLink: string; contentFolder: string; dryRun: boolean },
): Promise<{ entries: PlannedEntry[]; report: ImagesReport }> {
  const entries = planned.map((entry) => absoluteImages(entry, options.siteLink));
  const users = filesByUrl(entries);
  const report: ImagesReport = { fetched: 0, present: 0, failed: [], kept: [] };
  if (options.mode === "keep" || options.dryRun) {
    // A dry run fetches nothing: it lists what a download would fetch as kept for now.
    report.kept = [...users].map(([url, files]) => ({ url, files }));
    return { entries, report };
  }
  const outcomes = await downloadImages([...users.keys()], { folder: join(options.contentFolder, "posts", "images") });
  const local = new Map<string, string>();
  for (const [url, files] of users) {
    const outcome = outcomes.get(url);
    if (outcome?.outcome === "fetched" || outcome?.outcome === "present") {
      local.set(url, outcome.file);
      if (outcome.outcome === "fetched") report.fetched++;
      else report.present++;
    } else {
      report.failed.push({ url, reason: outcome?.reason ?? "not attempted", files });
    }
  }
  return {
    entries: entries.map((entry) => ({
      ...entry,
      markdown: linkLocalImages(entry.markdown, local, imagesPrefix(entry)),
    })),
    report,
  };
}
