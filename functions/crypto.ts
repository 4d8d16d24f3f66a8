/** Small Web Crypto helpers shared by salts, visitor ids, tokens and hashes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return Array.from(view, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function randomHex(byteLength: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** SHA-256 of `text` as hex, optionally truncated to its first `byteLength` bytes. */
export async function sha256Hex(text: string, byteLength = 32): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return toHex(digest.subarray(0, byteLength));
}
