import { createHash } from "node:crypto";
import { slugify } from "../../../src/lib/topics.ts";
import { acceptedImageExtensions } from "./image-types.ts";

/** File systems allow 255 bytes; a short name also stays readable in the post's Markdown. */
const maxFileNameLength = 100;

/** 8 hex digits (32 bits) of the URL's SHA-256: two URLs of one blog practically never collide. */
const hashLength = 8;

/** Extensions a name keeps: the accepted types, and SVG so that its refusal names the file truly. */
const keptExtensions: readonly string[] = [...acceptedImageExtensions, "svg"];

/** The last path segment of the URL, percent-decoded; the raw text's when it is no URL. */
function baseNameOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? "";
  }
  const segment = path.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray "%" that starts no escape: keep the segment as written.
    return segment;
  }
}

/** The name's stem as a slug (the same transliteration as topics and posts), and its kept extension. */
function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (keptExtensions.includes(extension)) return { stem: slugify(name.slice(0, dot)), extension };
  return { stem: slugify(name), extension: "" };
}

/**
 * A file name for an image URL that is the same on every run (so a second import finds the file)
 * and differs between URLs (the hash of the whole URL, since WordPress serves "buero.jpg" from
 * many month folders): ".../2019/03/Büro-1024x768.jpg" → "buero-1024x768-3fa2b1c9.jpg".
 * A name without a kept extension gets none, and the downloader refuses it.
 */
export function mediaFileName(url: string): string {
  const { stem, extension } = splitExtension(baseNameOf(url));
  const hash = createHash("sha256").update(url).digest("hex").slice(0, hashLength);
  const suffix = `-${hash}${extension === "" ? "" : `.${extension}`}`;
  const shortStem = stem.slice(0, maxFileNameLength - suffix.length).replace(/[-.]+$/, "");
  return `${shortStem === "" ? "image" : shortStem}${suffix}`;
}
