import type { Context } from "hono";
import type { AppEnv } from "../env";
import { constantTimeEqual, readAuthorSecrets } from "./secrets";
import { forgetAttempt, reserveAttempt } from "./throttle";
import { throttleClient } from "./throttle-salts";

/** What an `Authorization: Bearer` header amounts to. */
export type BearerOutcome =
  | { kind: "none" }
  | { kind: "valid" }
  | { kind: "invalid" }
  | { kind: "throttled"; waitSeconds: number };

/** The bearer token of a request, if it sends one. */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
}

// Both the CSRF check and the author gate ask; one request makes one attempt.
const outcomes = new WeakMap<Request, Promise<BearerOutcome>>();

/**
 * Checks a request's bearer token against AUTHOR_API_TOKEN as a throttled attempt
 * (functions/auth/throttle.ts): a wrong token counts as a failed sign-in of its client,
 * and a client over its limit is answered "throttled" without the token being compared,
 * even when it is right. The global ceiling does not apply to tokens.
 */
export function checkBearer(c: Context<AppEnv>): Promise<BearerOutcome> {
  const known = outcomes.get(c.req.raw);
  if (known) return known;
  const outcome = judge(c);
  outcomes.set(c.req.raw, outcome);
  return outcome;
}

async function judge(c: Context<AppEnv>): Promise<BearerOutcome> {
  const given = bearerToken(c);
  if (given === undefined) return { kind: "none" };
  const secrets = readAuthorSecrets(c.env);
  // Without a usable token there is nothing to guess, and nothing is compared.
  if (secrets.kind === "weak" || secrets.token === undefined) return { kind: "invalid" };
  const now = new Date();
  const client = await throttleClient(c.var.db, c.req.header("cf-connecting-ip") ?? "", now);
  const attempt = await reserveAttempt(c.var.db, client, "token", now);
  if (!attempt.allowed) return { kind: "throttled", waitSeconds: attempt.waitSeconds };
  if (!constantTimeEqual(given, secrets.token)) return { kind: "invalid" };
  await forgetAttempt(c.var.db, attempt.attemptId);
  return { kind: "valid" };
}
