import { env } from "cloudflare:workers";
import app from "../../../functions/app";
import { siteOrigin } from "./events";

/** Author secrets long enough to be accepted (functions/auth/secrets.ts). */
export const authorSecrets = {
  ...env,
  AUTHOR_PASSWORD: "correct horse battery staple",
  AUTHOR_API_TOKEN: "script-token-0123456789abcdef0123456789",
};

export const adminPath = `${siteOrigin}/api/admin/stats/topics?from=2026-01-01&to=2026-01-31`;

interface From {
  /** The client's address as Cloudflare reports it; omitted when null. */
  ip?: string | null;
  headers?: Record<string, string>;
  bindings?: Env;
}

function clientHeaders(from: From): Record<string, string> {
  const ip = from.ip === undefined ? "198.51.100.7" : from.ip;
  return { ...(ip === null ? {} : { "CF-Connecting-IP": ip }), ...from.headers };
}

/** A sign-in as a script sends it: JSON, answered with JSON. */
export async function signIn(password: string, from: From = {}): Promise<Response> {
  return app.request(
    `${siteOrigin}/api/auth/sign-in`,
    {
      method: "POST",
      body: JSON.stringify({ password }),
      headers: { "Content-Type": "application/json", ...clientHeaders(from) },
    },
    from.bindings ?? authorSecrets,
  );
}

/** A request to an author endpoint with `Authorization: Bearer <token>`. */
export async function withToken(token: string, from: From = {}, path = adminPath): Promise<Response> {
  return app.request(
    path,
    { headers: { Authorization: `Bearer ${token}`, ...clientHeaders(from) } },
    from.bindings ?? authorSecrets,
  );
}

/** The `name=value` part of a response's Set-Cookie, to send back as a Cookie header. */
export function cookieOf(response: Response): string {
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** Signs in with the right password and returns the session cookie. */
export async function signedInCookie(from: From = {}): Promise<string> {
  const response = await signIn(authorSecrets.AUTHOR_PASSWORD, from);
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}`);
  return cookieOf(response);
}

/** A request to an author endpoint with a session cookie. */
export async function withCookie(cookie: string, path = adminPath, bindings: Env = authorSecrets): Promise<Response> {
  return app.request(path, { headers: { Cookie: cookie } }, bindings);
}

/** How many of `responses` had each status, e.g. { 401: 5, 429: 15 }. */
export function statusCounts(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
