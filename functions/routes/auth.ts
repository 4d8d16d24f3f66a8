import { Hono } from "hono";
import { deleteCookie, setSignedCookie } from "hono/cookie";
import { dashboardPath, signInPath } from "../../shared/urls";
import { utcDay } from "../../shared/utc-day";
import { constantTimeEqual, readSecret } from "../auth/secrets";
import { sessionCookie, sessionCookieOptions, sessionSecret, sessionValue } from "../auth/session";
import { recordSignInFailure, signInWaitSeconds } from "../auth/throttle";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { hashClientOfDay } from "../request/client-hash";
import { isFormPost, readFormOrJson } from "../request/read-form-or-json";

/** A form (the sign-in page) is answered with redirects, a script with JSON. */
export const auth = new Hono<AppEnv>()
  .post("/sign-in", async (c) => {
    const form = isFormPost(c.req.header("content-type"));
    const fail = (status: 400 | 401 | 429 | 503, error: string, reason: string) =>
      form ? c.redirect(`${signInPath}?error=${reason}`, 303) : c.json<ApiError>({ error }, status);
    const password = readSecret(c.env, "AUTHOR_PASSWORD");
    if (!password) return fail(503, "Sign-in is disabled: set the secret AUTHOR_PASSWORD.", "not-configured");
    const now = new Date();
    const client = await hashClientOfDay(c.var.db, "sign-in", c.req.header("cf-connecting-ip") ?? "", utcDay(now));
    const wait = await signInWaitSeconds(c.var.db, client, now);
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      return fail(429, `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minutes.`, "throttled");
    }
    const body = await readFormOrJson(c.req.header("content-type"), c.req);
    const given = typeof body?.["password"] === "string" ? body["password"] : "";
    if (!constantTimeEqual(given, password)) {
      await recordSignInFailure(c.var.db, client, now);
      return fail(401, "password: wrong password", "wrong");
    }
    await setSignedCookie(
      c,
      sessionCookie,
      sessionValue(now),
      await sessionSecret(c.var.db, password),
      sessionCookieOptions,
    );
    c.header("Cache-Control", "no-store");
    return form ? c.redirect(dashboardPath, 303) : c.json({ signedIn: true });
  })
  .post("/sign-out", (c) => {
    deleteCookie(c, sessionCookie, { path: "/", secure: true });
    return isFormPost(c.req.header("content-type"))
      ? c.redirect(`${signInPath}?signed-out=1`, 303)
      : c.json({ signedIn: false });
  });
