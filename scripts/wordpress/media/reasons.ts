import { acceptedImageExtensions } from "./image-types.ts";

/**
 * Why an image was not downloaded, worded for the author reading the import's report. Each is
 * short enough to stand after the URL on one line.
 */

const kibibyte = 1024;
const mebibyte = 1024 * kibibyte;

/** 10485760 → "10 MiB", 4096 → "4 KiB", 1000 → "1000 bytes". */
export function describeBytes(bytes: number): string {
  if (bytes >= mebibyte && bytes % mebibyte === 0) return `${bytes / mebibyte} MiB`;
  if (bytes >= kibibyte && bytes % kibibyte === 0) return `${bytes / kibibyte} KiB`;
  return `${bytes} bytes`;
}

/** 15000 → "15 s", 300 → "300 ms". */
export function describeDuration(milliseconds: number): string {
  return milliseconds % 1000 === 0 ? `${milliseconds / 1000} s` : `${milliseconds} ms`;
}

export const reasons = {
  notHttp: "not an http(s) URL",
  redirectedAwayFromHttp: "redirected to a URL that is not http(s)",
  noImageExtension: `not a ${acceptedImageExtensions.map((extension) => `.${extension}`).join(", ")} file`,
  httpStatus: (status: number) => `HTTP ${status}`,
  tooLarge: (maxBytes: number) => `larger than ${describeBytes(maxBytes)}`,
  notAnImage: (mediaType: string) => `not an image (${mediaType === "" ? "no Content-Type" : mediaType})`,
  unsupportedImage: (mediaType: string) => `not a supported image type (${mediaType})`,
  contentMismatch: (mediaType: string) => `content does not match ${mediaType}`,
  timedOut: (timeoutMs: number) => `timed out after ${describeDuration(timeoutMs)}`,
  connectionFailed: (detail: string) => `connection failed: ${detail}`,
  writeFailed: (detail: string) => `could not write the file: ${detail}`,
};
