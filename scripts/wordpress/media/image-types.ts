/**
 * The image types the importer downloads, and how their files begin. SVG is not among them: an
 * SVG file can carry scripts, and Astro's image service passes it through without optimising it,
 * so an imported SVG would gain nothing and could bring a script onto the author's site.
 */

export type AcceptedImageType = "image/jpeg" | "image/png" | "image/gif" | "image/webp" | "image/avif";

const acceptedImageTypes: readonly AcceptedImageType[] = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/avif",
];

/** File name extensions of the accepted types, for names and for the check before a request. */
export const acceptedImageExtensions: readonly string[] = ["jpg", "jpeg", "png", "gif", "webp", "avif"];

/** How many bytes of a file's start `matchesImageType` needs to recognise every accepted type. */
export const imageHeaderLength = 32;

export function isAcceptedImageType(mediaType: string): mediaType is AcceptedImageType {
  return acceptedImageTypes.some((accepted) => accepted === mediaType);
}

/** The media type of a Content-Type header, without parameters: "image/jpeg; q=1" → "image/jpeg". */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function startsWithBytes(header: Uint8Array, expected: readonly number[], offset = 0): boolean {
  return expected.every((byte, index) => header[offset + index] === byte);
}

function startsWithText(header: Uint8Array, expected: string, offset = 0): boolean {
  return startsWithBytes(
    header,
    [...expected].map((character) => character.charCodeAt(0)),
    offset,
  );
}

/**
 * AVIF is an ISO base media file: an `ftyp` box whose major brand, or one of whose compatible
 * brands, is "avif" (a still image) or "avis" (a sequence). See ISO/IEC 23008-12 and the AV1
 * Image File Format specification, section 9.
 */
function isAvif(header: Uint8Array): boolean {
  if (!startsWithText(header, "ftyp", 4)) return false;
  const boxLength = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(0);
  const brandsEnd = Math.min(boxLength, header.length);
  // The major brand sits at 8, the minor version at 12, the compatible brands from 16 on.
  for (const offset of [8, ...rangeOfBrands(16, brandsEnd)]) {
    if (startsWithText(header, "avif", offset) || startsWithText(header, "avis", offset)) return true;
  }
  return false;
}

function rangeOfBrands(start: number, end: number): number[] {
  const offsets: number[] = [];
  for (let offset = start; offset + 4 <= end; offset += 4) offsets.push(offset);
  return offsets;
}

/** Whether a file's first bytes are the magic number of `type`: a page of HTML sent as image/jpeg is not. */
export function matchesImageType(type: AcceptedImageType, header: Uint8Array): boolean {
  switch (type) {
    case "image/jpeg":
      return startsWithBytes(header, [0xff, 0xd8, 0xff]);
    case "image/png":
      return startsWithBytes(header, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "image/gif":
      return startsWithText(header, "GIF87a") || startsWithText(header, "GIF89a");
    case "image/webp":
      return startsWithText(header, "RIFF") && startsWithText(header, "WEBP", 8);
    case "image/avif":
      return isAvif(header);
  }
}
