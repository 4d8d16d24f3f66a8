import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";

const origin = "https://resonanz.example";

type ShareQuery = Record<"instance" | "path" | "title", string | undefined>;

function validQuery(): ShareQuery {
  return { instance: "mastodon.social", path: "/posts/why-pageviews-lie/", title: "Warum Seitenaufrufe lügen" };
}

/** Calls the route the way the share form does; a field set to undefined is left out of the query. */
async function requestShare(overrides: Partial<ShareQuery> = {}): Promise<Response> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...validQuery(), ...overrides })) {
    if (value !== undefined) query.set(name, value);
  }
  return app.request(`${origin}/api/share/mastodon?${query}`, {}, env);
}

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

/** The post URL as Mastodon receives it: tagged as a reader's share, like every share link. */
function sharedUrl(path: string): string {
  return `${origin}${path}?utm_source=mastodon&utm_medium=social&utm_campaign=share`;
}

function shareText(title: string, path: string): string {
  return encodeURIComponent(`${title} ${sharedUrl(path)}`);
}

describe("GET /api/share/mastodon", () => {
  it("redirects to the instance's share dialog with the title and the absolute post URL", async () => {
    const response = await requestShare();
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `https://mastodon.social/share?text=${shareText("Warum Seitenaufrufe lügen", "/posts/why-pageviews-lie/")}`,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps a title's reserved characters inside the text parameter", async () => {
    const title = 'Q&A: "Reichweite" #1?';
    const response = await requestShare({ title });
    const location = new URL(response.headers.get("location") ?? "");
    expect(Object.fromEntries(location.searchParams)).toStrictEqual({
      text: `${title} ${sharedUrl("/posts/why-pageviews-lie/")}`,
    });
    expect(location.hash).toBe("");
  });

  it.each([
    { instance: "https://mastodon.social/" },
    { instance: "http://mastodon.social" },
    { instance: "HTTPS://Mastodon.Social//" },
    { instance: " mastodon.social " },
    { instance: " https://mastodon.social/ " },
  ])("normalises the instance '$instance' to mastodon.social", async ({ instance }) => {
    const response = await requestShare({ instance });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")?.startsWith("https://mastodon.social/share?text=")).toBe(true);
  });

  it.each<{ case: string; field: keyof ShareQuery; value: string }>([
    {
      case: "a host name of exactly 253 characters",
      field: "instance",
      value: makeHostName(253),
    },
    { case: "a title of exactly 200 characters", field: "title", value: "x".repeat(200) },
    { case: "a post slug with digits", field: "path", value: "/posts/2026-im-rueckblick/" },
  ])("accepts $case", async ({ field, value }) => {
    expect((await requestShare({ [field]: value })).status).toBe(303);
  });

  it.each<{ case: string; field: keyof ShareQuery; value: string | undefined }>([
    { case: "a missing instance", field: "instance", value: undefined },
    { case: "an empty instance", field: "instance", value: "" },
    { case: "an instance with a path", field: "instance", value: "evil.com/x" },
    { case: "a profile URL", field: "instance", value: "https://mastodon.social/@alex" },
    { case: "an instance with a port", field: "instance", value: "a.b:8080" },
    { case: "an instance with userinfo", field: "instance", value: "user@host.com" },
    { case: "an instance with a query", field: "instance", value: "mastodon.social?x=1" },
    { case: "a javascript: URL", field: "instance", value: "javascript:alert(1)" },
    { case: "an ftp: URL", field: "instance", value: "ftp://mastodon.social" },
    { case: "a single-label host", field: "instance", value: "localhost" },
    { case: "an IPv4 loopback address", field: "instance", value: "127.0.0.1" },
    { case: "an IPv4 address", field: "instance", value: "203.0.113.7" },
    { case: "an IPv6 address", field: "instance", value: "[::1]" },
    { case: "a label starting with a hyphen", field: "instance", value: "-evil.com" },
    { case: "a space inside the host", field: "instance", value: "evil .com" },
    { case: "a host over 253 characters", field: "instance", value: makeHostName(254) },
    { case: "a missing path", field: "path", value: undefined },
    { case: "a non-post path", field: "path", value: "/admin/" },
    { case: "a protocol-relative path", field: "path", value: "//evil.com/" },
    { case: "a path climbing out of /posts/", field: "path", value: "/posts/../x/" },
    { case: "an absolute URL as path", field: "path", value: "https://evil.com/posts/x/" },
    { case: "a nested path", field: "path", value: "/posts/a/b/" },
    { case: "a path with a query", field: "path", value: "/posts/x/?next=//evil.com" },
    { case: "a path over 300 characters", field: "path", value: `/posts/${"a".repeat(300)}/` },
    { case: "a missing title", field: "title", value: undefined },
    { case: "a blank title", field: "title", value: "   " },
    { case: "a title over 200 characters", field: "title", value: "x".repeat(201) },
  ])("rejects $case with a 400 naming $field", async ({ field, value }) => {
    const response = await requestShare({ [field]: value });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toStrictEqual({ error: expect.stringMatching(new RegExp(`^${field}: `)) });
  });
});
