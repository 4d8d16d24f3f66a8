import { env } from "cloudflare:workers";
import type { AstroGlobal } from "astro";
import { type AuthorSecrets, readAuthorSecrets } from "../../../../functions/auth/secrets";
import { hasValidSession, sessionSecret } from "../../../../functions/auth/session";
import { signInPath } from "../../../../shared/urls";
import { getDb } from "../../../lib/db";

/** The author's secrets as configured: usable (the password may be unset) or one of them too short. */
export function configuredSecrets(): AuthorSecrets {
  return readAuthorSecrets(env);
}

/** The author's password, or undefined while none is configured or a secret is too short. */
export function configuredPassword(): string | undefined {
  const secrets = configuredSecrets();
  return secrets.kind === "usable" ? secrets.password : undefined;
}

/** Whether the request carries a session signed for `password` that D1 still holds (not signed out). */
export async function isSignedIn(request: Request, password: string): Promise<boolean> {
  const db = getDb();
  return hasValidSession(db, request.headers.get("cookie"), await sessionSecret(db, password), new Date());
}

type PageContext = Pick<AstroGlobal, "request" | "response" | "redirect" | "rewrite">;

/**
 * The gate at the top of every dashboard page. Returns the response to send
 * instead of the page, or undefined when the author may see it. Without a
 * password, or with a secret too short, the dashboard is never open: the sign-in
 * page says what to set, with status 503.
 */
export async function requireAuthorPage(page: PageContext): Promise<Response | undefined> {
  // Private numbers and comments: neither the browser nor a proxy may keep a copy.
  page.response.headers.set("Cache-Control", "no-store");
  const password = configuredPassword();
  if (!password) return page.rewrite(signInPath);
  return (await isSignedIn(page.request, password)) ? undefined : page.redirect(signInPath);
}
