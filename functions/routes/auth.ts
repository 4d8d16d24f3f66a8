import { Hono } from "hono";
import { deleteCookie, setSignedCookie } from "hono/cookie";
import { dashboardPath, signInPath } from "../../shared/urls";
import { constantTimeEqual, readAuthorSecrets } from "../auth/secrets";
import {
  endAllSessions,
  endSession,
  sessionCookie,
  sessionCookieOptions,
  sessionSecret,
  signedSessionId,
  startSession,
} from "../auth/session";
import { forgetAttempt, reserveAttempt } from "../auth/throttle";
import { throttleClient } from "../auth/throttle-salts";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { requireAuthor } from "../middleware/author";
import { isFormPost, readFormOrJson } from "../request/read-form-or-json";

/** A form (the sign-in page, the dashboard's nav) is answered with redirects, a script with JSON. */
export const auth = new Hono<AppEnv>()
  .post("/sign-in", async (c) => {
    const form = isFormPost(c.req.header("content-type"));
    const fail = (status: 400 | 401 | 429 | 503, error: string, reason: string) =>
      form ? c.redirect(`${signInPath}?error=${reason}`, 303) : c.json<ApiError>({ error }, status);
    const secrets = readAuthorSecrets(c.env);
    if (secrets.kind === "weak") return fail(503, secrets.message, "not-configured");
    const password = secrets.password;
    if (!password) return fail(503, "Sign-in is disabled: set the secret AUTHOR_PASSWORD.", "not-configured");
    const now = new Date();
    const client = await throttleClient(c.var.db, c.req.header("cf-connecting-ip") ?? "", now);
    const attempt = await reserveAttempt(c.var.db, client, "password", now);
    if (!attempt.allowed) {
      const minutes = Math.ceil(attempt.waitSeconds / 60);
      c.header("Retry-After", String(attempt.waitSeconds));
      return form
        ? c.redirect(`${signInPath}?error=throttled&minutes=${minutes}`, 303)
        : c.json<ApiError>({ error: `Too many failed sign-ins; try again in ${minutes} minutes.` }, 429);
    }
    const body = await readFormOrJson(c.req.header("content-type"), c.req);
    const given = typeof body?.["password"] === "string" ? body["password"] : "";
    if (!constantTimeEqual(given, password)) return fail(401, "password: wrong password", "wrong");
    await forgetAttempt(c.var.db, attempt.attemptId);
    const sessionId = await startSession(c.var.db, now);
    await setSignedCookie(c, sessionCookie, sessionId, await sessionSecret(c.var.db, password), sessionCookieOptions);
    c.header("Cache-Control", "no-store");
    return form ? c.redirect(dashboardPath, 303) : c.json({ signedIn: true });
  })
  .post("/sign-out", async (c) => {
    // Ends this browser's session on the server, so that a copy of the cookie opens nothing either.
    const secrets = readAuthorSecrets(c.env);
    if (secrets.kind === "usable" && secrets.password) {
      const secret = await sessionSecret(c.var.db, secrets.password);
      const sessionId = await signedSessionId(c.req.header("cookie") ?? null, secret);
      if (sessionId) await endSession(c.var.db, sessionId);
    }
    deleteCookie(c, sessionCookie, { path: "/", secure: true });
    return isFormPost(c.req.header("content-type"))
      ? c.redirect(`${signInPath}?signed-out=1`, 303)
      : c.json({ signedIn: false });
  })
  // Only the author may end every session, or anyone could sign the author out at will.
  .post("/sign-out-everywhere", requireAuthor, async (c) => {
    const ended = await endAllSessions(c.var.db);
    deleteCookie(c, sessionCookie, { path: "/", secure: true });
    return isFormPost(c.req.header("content-type"))
      ? c.redirect(`${signInPath}?signed-out=everywhere`, 303)
      : c.json({ signedIn: false, sessionsEnded: ended });
  });
