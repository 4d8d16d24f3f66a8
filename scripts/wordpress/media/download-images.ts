import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fetchImage, type ImageLimits, isHttpUrl } from "./fetch-image.ts";
import { mediaFileName } from "./file-name.ts";
import { acceptedImageExtensions } from "./image-types.ts";
import { mapLimited } from "./map-limited.ts";
import { failed, type MediaOutcome } from "./media-outcome.ts";
import { reasons } from "./reasons.ts";

export type { MediaOutcome } from "./media-outcome.ts";

export interface DownloadOptions {
  /** Where the images go, e.g. content/posts/images; made when missing. */
  folder: string;
  /** Largest image accepted, in bytes; 10 MiB by default, above any photo a blog would post. */
  maxBytes?: number;
  /** Per image, for the whole download including the body; 15 s by default. */
  timeoutMs?: number;
  /** Requests at once; 4 by default, so the old blog's host is not flooded. */
  concurrency?: number;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
}

const defaultLimits = { maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000, concurrency: 4 };

function hasAcceptedExtension(file: string): boolean {
  return acceptedImageExtensions.some((extension) => file.endsWith(`.${extension}`));
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  );
}

function parseHttpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return isHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

async function downloadImage(text: string, folder: string, limits: ImageLimits): Promise<MediaOutcome> {
  const url = parseHttpUrl(text);
  if (url === undefined) return failed(reasons.notHttp);
  const file = mediaFileName(text);
  // Astro imports an image by its extension, so a file without one could not be linked.
  if (!hasAcceptedExtension(file)) return failed(reasons.noImageExtension);
  const target = join(folder, file);
  if (await isFile(target)) return { outcome: "present", file };
  const saved = await fetchImage(url, target, limits);
  return saved.outcome === "saved" ? { outcome: "fetched", file, bytes: saved.bytes } : saved;
}

/**
 * Downloads the images of the given URLs into `options.folder`, each at most once, and says for
 * every URL what became of it, in the order of first appearance. An image already in the folder
 * (from an earlier run) is not requested again. Never throws for a single image's failure.
 */
export async function downloadImages(
  urls: readonly string[],
  options: DownloadOptions,
): Promise<Map<string, MediaOutcome>> {
  const uniqueUrls = [...new Set(urls)];
  const limits: ImageLimits = {
    maxBytes: options.maxBytes ?? defaultLimits.maxBytes,
    timeoutMs: options.timeoutMs ?? defaultLimits.timeoutMs,
    fetch: options.fetch ?? fetch,
  };
  await mkdir(options.folder, { recursive: true });
  const concurrency = options.concurrency ?? defaultLimits.concurrency;
  const entries = await mapLimited(
    uniqueUrls,
    concurrency,
    async (url): Promise<[string, MediaOutcome]> => [url, await downloadImage(url, options.folder, limits)],
  );
  return new Map(entries);
}
