import { eq } from "drizzle-orm";
import { settings } from "../db/schema";
import type { Database } from "../env";

/** A form token proves the form was served by this site at a known time: `issuedAt.post.hmac`. */
export const minimumFillMs = 3_000;
export const maximumFormAgeMs = 24 * 60 * 60 * 1000;

const keySetting = "comments.formTokenKey";
const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A random signing key made on first use and kept in D1, so no secret has to be configured. */
async function signingKey(db: Database): Promise<CryptoKey> {
  const fresh = toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
  await db.insert(settings).values({ key: keySetting, value: fresh, updatedAt: new Date() }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, keySetting));
  return crypto.subtle.importKey("raw", encoder.encode(row?.value ?? fresh), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

async function sign(key: CryptoKey, payload: string): Promise<string> {
  return toHex(await crypto.subtle.sign("HMAC", key, encoder.encode(payload)));
}

export async function issueFormToken(db: Database, post: string, now: Date): Promise<string> {
  const payload = `${now.getTime()}.${post}`;
  return `${payload}.${await sign(await signingKey(db), payload)}`;
}

export type TokenCheck = "valid" | "invalid" | "too-fast" | "expired";

export async function checkFormToken(db: Database, token: string, post: string, now: Date): Promise<TokenCheck> {
  const match = /^(\d{1,15})\.(.+)\.([0-9a-f]{64})$/.exec(token);
  if (!match?.[1] || match[2] !== post || !match[3]) return "invalid";
  const issuedAt = Number(match[1]);
  const expected = await sign(await signingKey(db), `${issuedAt}.${post}`);
  const signature = match[3];
  // Constant-time comparison of two equal-length hex strings.
  let difference = expected.length ^ signature.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= expected.charCodeAt(index) ^ signature.charCodeAt(index);
  }
  if (difference !== 0) return "invalid";
  const age = now.getTime() - issuedAt;
  if (age > maximumFormAgeMs || age < -60_000) return "expired";
  return age < minimumFillMs ? "too-fast" : "valid";
}
