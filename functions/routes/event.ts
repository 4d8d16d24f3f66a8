import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { collectEvent } from "../analytics/collect";
import { isCrossSiteRequest } from "../analytics/cross-site";
import { allowClientEvent, eventsPerMinute } from "../analytics/event-limit";
import { optOutCookie } from "../analytics/opt-out";
import { readRequestContext } from "../analytics/request-context";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { maxEventBytes, trackerEvent } from "../schemas/event";
import { describeZodError } from "../schemas/zod-error";

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * POST /api/event: the collector. The tracker's keepalive fetch sends its JSON as text/plain (a
 * string body, so no CORS preflight); other clients may send application/json. Both carry the same JSON.
 * A browser's request from another site's page is answered 204 like the author's own opted-out
 * browser: accepted and not stored. A 4xx would tell the other site's script what the collector
 * checks, and no real reader sends such a request, so nothing is lost by answering quietly.
 */
export const event = new Hono<AppEnv>().post(
  "/",
  bodyLimit({
    maxSize: maxEventBytes,
    onError: (c) => c.json<ApiError>({ error: `body: larger than ${maxEventBytes} bytes` }, 413),
  }),
  async (c) => {
    const context = readRequestContext(c.req.raw, new Date());
    if (isCrossSiteRequest(c.req.raw.headers, context.requestHost)) return c.body(null, 204);
    if (!(await allowClientEvent(c.env.EVENT_LIMITER, context.ip))) {
      // The binding counts in windows of a minute and does not say when this one ends.
      c.header("Retry-After", "60");
      return c.json<ApiError>({ error: `rate: more than ${eventsPerMinute} events a minute from this client` }, 429);
    }
    const contentType = c.req.header("content-type") ?? "";
    if (!/^(application\/json|text\/plain)\s*(;|$)/i.test(contentType)) {
      return c.json<ApiError>({ error: "Content-Type: must be application/json or text/plain" }, 400);
    }
    const body = parseJson(await c.req.text());
    if (!body.ok) return c.json<ApiError>({ error: "body: not valid JSON" }, 400);
    const parsed = trackerEvent.safeParse(body.value);
    if (!parsed.success) return c.json<ApiError>({ error: describeZodError(parsed.error, "body") }, 400);
    // The author's own browser (see analytics/opt-out.ts): accepted, and not counted.
    if (getCookie(c, optOutCookie) === "1") return c.body(null, 204);
    const outcome = await collectEvent(c.var.db, parsed.data, context);
    if (typeof outcome === "object") return c.json<ApiError>({ error: outcome.message }, 400);
    return c.body(null, 202);
  },
);
