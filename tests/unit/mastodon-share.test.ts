import { describe, expect, it } from "vitest";
import { buildMastodonShareUrl, mastodonInstance } from "../../src/lib/mastodon-share";

/** A well-formed host name of `length` characters: labels of the maximum 63, then a shorter last one. */
function makeHostName(length: number): string {
  const labels: string[] = [];
  let remaining = length;
  while (remaining > 64) {
    labels.push("a".repeat(63));
    remaining -= 64;
  }
  return [...labels, "b".repeat(remaining)].join(".");
}

describe("mastodonInstance", () => {
  it.each([
    "mastodon.social",
    "https://mastodon.social/",
    "http://mastodon.social",
    "HTTPS://Mastodon.Social//",
    " mastodon.social ",
    " https://mastodon.social/ ",
  ])("reads %j as mastodon.social", (typed) => {
    expect(mastodonInstance.parse(typed)).toBe("mastodon.social");
  });

  it("accepts a host name of exactly 253 characters", () => {
    expect(mastodonInstance.safeParse(makeHostName(253)).success).toBe(true);
  });

  it.each([
    { case: "an empty instance", value: "" },
    { case: "an instance with a path", value: "evil.com/x" },
    { case: "a profile URL", value: "https://mastodon.social/@alex" },
    { case: "an instance with a port", value: "a.b:8080" },
    { case: "an instance with userinfo", value: "user@host.com" },
    { case: "an instance with a query", value: "mastodon.social?x=1" },
    { case: "an instance with a fragment", value: "mastodon.social#x" },
    { case: "a javascript: URL", value: "javascript:alert(1)" },
    { case: "an ftp: URL", value: "ftp://mastodon.social" },
    { case: "a protocol-relative URL", value: "//evil.example" },
    { case: "a single-label host", value: "localhost" },
    { case: "an IPv4 loopback address", value: "127.0.0.1" },
    { case: "an IPv4 address", value: "203.0.113.7" },
    { case: "an IPv6 address", value: "[::1]" },
    { case: "a label starting with a hyphen", value: "-evil.com" },
    { case: "a space inside the host", value: "evil .com" },
    { case: "a host over 253 characters", value: makeHostName(254) },
    { case: "a backslash", value: "evil.example\\@mastodon.social" },
  ])("refuses $case", ({ value }) => {
    expect(mastodonInstance.safeParse(value).success).toBe(false);
  });

  it("reads a host with thousands of trailing slashes in time linear in its length", () => {
    const typed = `https://mastodon.social${"/".repeat(2_000)}x`;
    const start = performance.now();
    expect(mastodonInstance.safeParse(typed).success).toBe(false);
    // The old normaliser's `/\/+$/` retried from every slash: about 2,000² steps.
    expect(performance.now() - start).toBeLessThan(5);
  });
});

describe("buildMastodonShareUrl", () => {
  it("opens the instance's share dialog with the title and the post's URL, tagged as a reader's share, as the text", () => {
    const url = new URL(
      buildMastodonShareUrl("mastodon.social", 'Q&A: "Reichweite" #1?', "https://resonanz.example/posts/a/"),
    );
    expect(url.origin).toBe("https://mastodon.social");
    expect(url.pathname).toBe("/share");
    expect(Object.fromEntries(url.searchParams)).toStrictEqual({
      text: 'Q&A: "Reichweite" #1? https://resonanz.example/posts/a/?utm_source=mastodon&utm_medium=social&utm_campaign=share',
    });
    expect(url.hash).toBe("");
  });
});
