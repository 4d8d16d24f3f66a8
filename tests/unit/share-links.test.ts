import { describe, expect, it } from "vitest";
import { withCampaignTags } from "../../shared/campaign-tags";
import { buildEmailShareLink, buildShareLinks } from "../../src/lib/share-links";

const url = "https://resonanz.example/posts/fragen-und-antworten/";
// Every character that would end or split a query parameter, plus umlauts and both kinds of quotes.
const title = `Q&A: Wer fragt? #1 „Größe" "zählt" 'wirklich' a+b=c`;

/** The post URL as a reader shares it on `source`: tagged so that the dashboard can attribute the visit. */
function shared(source: string, medium = "social"): string {
  return `${url}?utm_source=${source}&utm_medium=${medium}&utm_campaign=share`;
}

function findLink(network: string): URL {
  const link = buildShareLinks(url, title).find((candidate) => candidate.network === network);
  if (!link) throw new Error(`no share link for ${network}`);
  return new URL(link.href);
}

describe("buildShareLinks", () => {
  it("offers LinkedIn, XING, Facebook, X and Bluesky", () => {
    expect(buildShareLinks(url, title).map((link) => link.network)).toEqual([
      "LinkedIn",
      "XING",
      "Facebook",
      "X",
      "Bluesky",
    ]);
  });

  it.each(buildShareLinks(url, title))("links to $network over https", ({ href }) => {
    expect(new URL(href).protocol).toBe("https:");
  });

  it.each(buildShareLinks(url, title))("percent-encodes everything in the $network link", ({ href }) => {
    // Printable ASCII only: no space, no raw umlaut, no double quote, no fragment.
    expect(href).toMatch(/^[\x21-\x7e]+$/);
    expect(href).not.toContain('"');
    expect(new URL(href).hash).toBe("");
  });

  it.each([
    { network: "LinkedIn", params: { url: shared("linkedin") } },
    { network: "XING", params: { url: shared("xing") } },
    { network: "Facebook", params: { u: shared("facebook") } },
    { network: "X", params: { text: title, url: shared("x") } },
    { network: "Bluesky", params: { text: `${title} ${shared("bluesky")}` } },
  ])("hands $network exactly the tagged URL and the title, decoded intact", ({ network, params }) => {
    expect(Object.fromEntries(findLink(network).searchParams)).toStrictEqual(params);
  });
});

describe("buildEmailShareLink", () => {
  it("opens the reader's mail program with the title as subject and the URL as body", () => {
    const href = buildEmailShareLink(url, title);
    expect(href.startsWith("mailto:?")).toBe(true);
    expect(Object.fromEntries(new URL(href).searchParams)).toStrictEqual({
      subject: title,
      body: shared("email", "email"),
    });
  });

  it("percent-encodes the title and the URL", () => {
    const href = buildEmailShareLink(url, title);
    expect(href).toMatch(/^[\x21-\x7e]+$/);
    expect(href).not.toContain('"');
    expect(href).not.toContain("#");
  });
});

describe("withCampaignTags", () => {
  it("replaces tags the URL already carries instead of adding a second set", () => {
    const tagged = withCampaignTags(`${url}?utm_source=old&ref=x`, {
      source: "newsletter",
      medium: "email",
      campaign: "2026-05",
    });
    expect([...new URL(tagged).searchParams]).toEqual([
      ["utm_source", "newsletter"],
      ["ref", "x"],
      ["utm_medium", "email"],
      ["utm_campaign", "2026-05"],
    ]);
  });
});
