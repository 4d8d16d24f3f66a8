import { dayMs } from "../../shared/utc-day";
import { constantTimeEqual } from "../auth/secrets";
import { toHex } from "../crypto";
import type { Database } from "../env";
import { readRandomSetting } from "../random-setting";

/** A form token proves the form was served by this site at a known time: `issuedAt.post.hmac`. */
export const minimumFillMs = 3_000;
export const maximumFormAgeMs = dayMs;

const keySetting = "comments.formTokenKey";
const encoder = new TextEncoder();

/** The HMAC key, from a random value kept in D1, so no secret has to be configured. */
async function signingKey(db: Database): Promise<CryptoKey> {
  const secret = await readRandomSetting(db, keySetting);
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
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
  if (!constantTimeEqual(expected, match[3])) return "invalid";
  const age = now.getTime() - issuedAt;
  if (age > maximumFormAgeMs || age < -60_000) return "expired";
  return age < minimumFillMs ? "too-fast" : "valid";
}
