import { env } from "cloudflare:workers";
import type { AstroGlobal } from "astro";
import { readSecret } from "../../../../functions/auth/secrets";
import { hasValidSession, sessionSecret } from "../../../../functions/auth/session";
import { signInPath } from "../../../../shared/urls";
import { getDb } from "../../../lib/db";

/** The author's password, or undefined while none is configured. */
export function configuredPassword(): string | undefined {
  return readSecret(env, "AUTHOR_PASSWORD");
}

/** Whether the request carries a valid author session signed for `password`. */
export async function isSignedIn(request: Request, password: string): Promise<boolean> {
  const secret = await sessionSecret(getDb(), password);
  return hasValidSession(request.headers.get("cookie"), secret, new Date());
}

type PageContext = Pick<AstroGlobal, "request" | "response" | "redirect" | "rewrite">;

/**
 * The gate at the top of every dashboard page. Returns the response to send
 * instead of the page, or undefined when the author may see it. Without a
 * password the dashboard is never open: the sign-in page says how to set one.
 */
export async function requireAuthorPage(page: PageContext): Promise<Response | undefined> {
  // Private numbers and comments: neither the browser nor a proxy may keep a copy.
  page.response.headers.set("Cache-Control", "no-store");
  const password = configuredPassword();
  if (!password) return page.rewrite(signInPath);
  return (await isSignedIn(page.request, password)) ? undefined : page.redirect(signInPath);
}
