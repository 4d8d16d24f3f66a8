import { Hono } from "hono";
import type { AppEnv } from "../env";
import { mastodonShareQuery } from "../schemas/share";
import { validate } from "../validation";

/** Mastodon's share dialog, https://<instance>/share?text=..., documented at docs.joinmastodon.org/client/share/ */
export function buildMastodonShareUrl(instance: string, text: string): string {
  return `https://${instance}/share?text=${encodeURIComponent(text)}`;
}

export const share = new Hono<AppEnv>().get("/mastodon", validate("query", mastodonShareQuery), (c) => {
  const { instance, path, title } = c.req.valid("query");
  const postUrl = new URL(path, c.req.url).href;
  c.header("Cache-Control", "no-store");
  return c.redirect(buildMastodonShareUrl(instance, `${title} ${postUrl}`), 303);
});
