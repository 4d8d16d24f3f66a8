import { randomUUID } from "node:crypto";
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type AcceptedImageType, imageHeaderLength, matchesImageType } from "./image-types.ts";
import { type FailedMedia, failed } from "./media-outcome.ts";
import { reasons } from "./reasons.ts";

export type SavedBody = { outcome: "saved"; bytes: number } | FailedMedia;

/**
 * A file system failure (disk full, no permission), told apart from the network's failures,
 * which `saveImageBody` lets through for its caller to word.
 */
class WriteFailure extends Error {}

async function writing<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    throw new WriteFailure(error instanceof Error ? error.message : String(error));
  }
}

/** Copies the body chunk by chunk, stopping at the first byte over `maxBytes` or a wrong header. */
async function copyBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  file: FileHandle,
  type: AcceptedImageType,
  maxBytes: number,
): Promise<SavedBody> {
  let header = new Uint8Array(0);
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => {});
      return failed(reasons.tooLarge(maxBytes));
    }
    if (header.length < imageHeaderLength) {
      header = Buffer.concat([header, value]).subarray(0, imageHeaderLength);
      if (header.length === imageHeaderLength && !matchesImageType(type, header)) {
        await reader.cancel().catch(() => {});
        return failed(reasons.contentMismatch(type));
      }
    }
    await writing(file.write(value));
  }
  // A file shorter than the header (a tiny GIF, an empty body) is checked on what there is.
  if (header.length < imageHeaderLength && !matchesImageType(type, header)) {
    return failed(reasons.contentMismatch(type));
  }
  return { outcome: "saved", bytes };
}

/**
 * Streams an image's body into `target`, never holding more than one chunk and the first few
 * bytes in memory. The bytes go to a hidden temporary file beside the target, which is renamed
 * only once the whole body has arrived and passed: a failed, refused or aborted download leaves
 * no partial image for Astro to choke on, and the next run tries again.
 * Errors of the body's stream (a timeout, a dropped connection) are thrown for the caller.
 */
export async function saveImageBody(
  body: ReadableStream<Uint8Array> | null,
  target: string,
  type: AcceptedImageType,
  maxBytes: number,
): Promise<SavedBody> {
  const reader = (body ?? new Blob([]).stream()).getReader();
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);
  let file: FileHandle | undefined;
  try {
    file = await writing(open(temporary, "wx"));
    const saved = await copyBody(reader, file, type, maxBytes);
    await writing(file.close());
    file = undefined;
    if (saved.outcome === "saved") await writing(rename(temporary, target));
    return saved;
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    await reader.cancel().catch(() => {});
    return failed(reasons.writeFailed(error.message));
  } finally {
    await file?.close().catch(() => {});
    // After a rename there is nothing left here to remove.
    await rm(temporary, { force: true });
  }
}
