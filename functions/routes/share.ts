import { Hono } from "hono";
import { readerShareTags, withCampaignTags } from "../../shared/campaign-tags";
import type { AppEnv } from "../env";
import { mastodonShareQuery } from "../schemas/share";
import { validate } from "../validation";

/** Mastodon's share dialog, https://<instance>/share?text=..., documented at docs.joinmastodon.org/client/share/ */
export function buildMastodonShareUrl(instance: string, text: string): string {
  return `https://${instance}/share?text=${encodeURIComponent(text)}`;
}

export const share = new Hono<AppEnv>().get("/mastodon", validate("query", mastodonShareQuery), (c) => {
  const { instance, path, title } = c.req.valid("query");
  // Tagged like every share link (src/lib/share-links.ts), so the dashboard counts it as a share.
  const postUrl = withCampaignTags(new URL(path, c.req.url).href, readerShareTags("mastodon"));
  c.header("Cache-Control", "no-store");
  return c.redirect(buildMastodonShareUrl(instance, `${title} ${postUrl}`), 303);
});
