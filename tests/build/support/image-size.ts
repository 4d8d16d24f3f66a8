import { PNG } from "pngjs";

export interface ImageSize {
  format: "png" | "jpeg";
  width: number;
  height: number;
}

/** A JPEG's size from its start-of-frame segment (ITU T.81, B.2.2): SOF0–SOF15 but DHT, JPG and DAC. */
function jpegSize(bytes: Buffer): ImageSize | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { format: "jpeg", height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

/** The format and size of a PNG (decoded in full, so a broken file fails) or a JPEG; undefined for anything else. */
export function readImageSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.subarray(1, 4).toString("latin1") === "PNG") {
    const png = PNG.sync.read(bytes);
    return { format: "png", width: png.width, height: png.height };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  return undefined;
}
