import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rollUpDay } from "../../functions/analytics/rollups";
import app from "../../functions/app";
import { pageviews } from "../../functions/db/schema";
import { withCampaignTags } from "../../shared/campaign-tags";
import { utcDay } from "../../shared/utc-day";
import { buildMastodonShareUrl } from "../../src/lib/mastodon-share";
import { buildAuthorLinks, buildEmailShareLink, buildShareLinks } from "../../src/lib/share-links";
import { insertPost } from "./support/comments";
import { makePageview, openDatabase, postJson, siteOrigin } from "./support/events";

const postUrl = `${siteOrigin}/posts/hello-world/`;
const today = utcDay(new Date());
const secrets = { ...env, AUTHOR_API_TOKEN: "share-tags-token-0123456789abcdef" };

/** The post URL a network receives from a share button: the `url`, `u` or text parameter of its link. */
function urlHandedTo(network: string): string {
  const link = buildShareLinks(postUrl, "Hallo Welt").find((candidate) => candidate.network === network);
  const params = new URL(link?.href ?? "").searchParams;
  const handed = params.get("url") ?? params.get("u") ?? params.get("text")?.split(" ").at(-1);
  if (!handed) throw new Error(`no URL in the ${network} share link`);
  return handed;
}

async function storedSource(url: string) {
  expect((await postJson(makePageview({ url }), { ip: "203.0.113.150" })).status).toBe(202);
  return openDatabase()
    .select({
      channel: pageviews.channel,
      source: pageviews.source,
      campaign: pageviews.utmCampaign,
      path: pageviews.path,
    })
    .from(pageviews)
    .get();
}

describe("a visit through a reader's share link", () => {
  it.each([
    { network: "LinkedIn", source: "LinkedIn" },
    { network: "XING", source: "XING" },
    { network: "Facebook", source: "Facebook" },
    { network: "X", source: "X" },
    { network: "Bluesky", source: "Bluesky" },
  ])("counts as $source on the social channel, campaign share", async ({ network, source }) => {
    expect(await storedSource(urlHandedTo(network))).toStrictEqual({
      channel: "social",
      source,
      campaign: "share",
      path: "/posts/hello-world/",
    });
  });

  it("from Mastodon, through the share page's link, counts as Mastodon on the social channel, campaign share", async () => {
    const link = buildMastodonShareUrl("mastodon.social", "Hallo Welt", postUrl);
    const text = new URL(link).searchParams.get("text") ?? "";
    expect(await storedSource(text.split(" ").at(-1) ?? "")).toStrictEqual({
      channel: "social",
      source: "Mastodon",
      campaign: "share",
      path: "/posts/hello-world/",
    });
  });

  it("from an e-mail counts on the e-mail channel, campaign share", async () => {
    const body = new URL(buildEmailShareLink(postUrl, "Hallo Welt")).searchParams.get("body") ?? "";
    expect(await storedSource(body)).toMatchObject({ channel: "email", source: "email", campaign: "share" });
  });
});

describe("a visit through the author's own links", () => {
  it.each([
    { network: "LinkedIn", expected: { channel: "social", source: "LinkedIn", campaign: "author" } },
    { network: "XING", expected: { channel: "social", source: "XING", campaign: "author" } },
    { network: "Newsletter", expected: { channel: "email", source: "Newsletter", campaign: "2026-05" } },
  ])("from $network counts as $expected.source, campaign $expected.campaign", async ({ network, expected }) => {
    const link = buildAuthorLinks(postUrl, "2026-05").find((candidate) => candidate.network === network);
    expect(await storedSource(link?.href ?? "")).toMatchObject(expected);
  });
});

describe("the campaign report", () => {
  it("shows each newsletter issue tagged by the documented convention, and readers' shares, as campaigns", async () => {
    await insertPost();
    // The convention in the README: utm_source=newsletter&utm_campaign=<issue>, utm_medium optional.
    const issue = `${postUrl}?utm_source=newsletter&utm_campaign=ausgabe-12`;
    const tagged = withCampaignTags(postUrl, { source: "newsletter", medium: "email", campaign: "ausgabe-13" });
    for (const [index, url] of [issue, issue, tagged, urlHandedTo("LinkedIn")].entries()) {
      await postJson(makePageview({ url }), { ip: `203.0.113.${160 + index}` });
    }
    await rollUpDay(openDatabase(), today);
    const response = await app.request(
      `${siteOrigin}/api/admin/stats/campaigns?from=${today}&to=${today}`,
      { headers: { Authorization: `Bearer ${secrets.AUTHOR_API_TOKEN}` } },
      secrets,
    );
    const report = z
      .object({
        campaigns: z.array(
          z.object({ campaign: z.string(), channel: z.string(), source: z.string(), views: z.number() }),
        ),
      })
      .parse(await response.json());
    expect(report.campaigns).toEqual([
      { campaign: "ausgabe-12", channel: "email", source: "Newsletter", views: 2 },
      { campaign: "ausgabe-13", channel: "email", source: "Newsletter", views: 1 },
      { campaign: "share", channel: "social", source: "LinkedIn", views: 1 },
    ]);
  });
});
