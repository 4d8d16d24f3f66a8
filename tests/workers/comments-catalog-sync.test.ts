import { env } from "cloudflare:workers";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { issueFormToken } from "../../functions/comments/form-token";
import { commentLimit } from "../../functions/comments/rate-limit";
import { submitComment } from "../../functions/comments/submit";
import { buildSubmitContext } from "../../functions/comments/submit-context";
import type { Catalog } from "../../functions/schemas/catalog";
import { countComments, insertPost } from "./support/comments";
import { openDatabase } from "./support/events";

const hostileOrigin = "https://evil.example";
const servedAt = new Date(Date.now() - 60_000);

/** A post published since the cron's last sync: in the build's catalog, not yet in D1. */
const newPostCatalog: Catalog = {
  posts: [
    {
      slug: "fresh-post",
      path: "/posts/fresh-post/",
      title: "Fresh post",
      lang: "en",
      pubDate: "2026-01-10",
      comments: "open",
      topics: [],
    },
  ],
};

/** Static assets that serve `catalog` and record every URL they are asked for. */
function recordingAssets(catalog: Catalog): { assets: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const assets: Fetcher = {
    fetch: async (input) => {
      asked.push(input instanceof Request ? input.url : String(input));
      return Response.json(catalog);
    },
    connect: () => {
      throw new Error("the test assets open no sockets");
    },
  };
  return { assets, asked };
}

/** The Worker's network fetch, which the sync must never use. */
function watchNetwork() {
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => Response.json({ posts: [] }));
  onTestFinished(() => spy.mockRestore());
  return spy;
}

/** The context a request to a host of the client's choosing builds, with recording assets. */
function contextFrom(origin: string, assets: Fetcher, options: { turnstile?: boolean; ip?: string } = {}) {
  const bindings: Env = Object.assign(
    { ...env, ASSETS: assets },
    options.turnstile ? { TURNSTILE_SECRET_KEY: "test-secret" } : {},
  );
  return buildSubmitContext(
    bindings,
    new Request(`${origin}/api/comments`, {
      method: "POST",
      headers: { "CF-Connecting-IP": options.ip ?? "198.51.100.77" },
    }),
    () => undefined,
  );
}

async function commentOn(post: string, token?: string) {
  return {
    post,
    name: "Ada",
    text: "A comment.",
    token: token ?? (await issueFormToken(openDatabase(), post, servedAt)),
  };
}

describe("a comment for a post D1 does not know yet", () => {
  it("syncs the catalog from the static assets at a fixed address, never from the request's host", async () => {
    const { assets, asked } = recordingAssets(newPostCatalog);
    const network = watchNetwork();
    const outcome = await submitComment(
      openDatabase(),
      await commentOn("fresh-post"),
      contextFrom(hostileOrigin, assets),
    );
    expect(outcome).toMatchObject({ outcome: "accepted", post: "fresh-post" });
    expect(asked).toEqual(["https://assets.local/catalog.json"]);
    expect(network).not.toHaveBeenCalled();
  });

  it("answers unknown-post, without a network fetch, when the assets do not list it", async () => {
    const { assets, asked } = recordingAssets({ posts: [] });
    const network = watchNetwork();
    const outcome = await submitComment(openDatabase(), await commentOn("made-up"), contextFrom(hostileOrigin, assets));
    expect(outcome).toMatchObject({ outcome: "refused", reason: "unknown-post" });
    expect(asked).toHaveLength(1);
    expect(network).not.toHaveBeenCalled();
  });

  it.each([
    { case: "no form token", token: "" },
    { case: "a made-up form token", token: "1700000000000.made-up.abc" },
    { case: "a token with a forged signature", token: `${Date.now() - 60_000}.made-up.${"0".repeat(64)}` },
  ])("refuses $case before it fetches the catalog", async ({ token }) => {
    const { assets, asked } = recordingAssets(newPostCatalog);
    const outcome = await submitComment(
      openDatabase(),
      await commentOn("made-up", token),
      contextFrom(hostileOrigin, assets),
    );
    expect(outcome).toMatchObject({ outcome: "refused", reason: "invalid-token" });
    expect(asked).toEqual([]);
  });

  it("refuses an expired form before it fetches the catalog", async () => {
    const { assets, asked } = recordingAssets(newPostCatalog);
    const old = await issueFormToken(openDatabase(), "made-up", new Date(Date.now() - 25 * 60 * 60 * 1000));
    const outcome = await submitComment(
      openDatabase(),
      await commentOn("made-up", old),
      contextFrom(hostileOrigin, assets),
    );
    expect(outcome).toMatchObject({ reason: "expired-token" });
    expect(asked).toEqual([]);
  });

  it("refuses a failed Turnstile check before it fetches the catalog", async () => {
    const { assets, asked } = recordingAssets(newPostCatalog);
    // Turnstile's siteverify is the only network request here, and it says no.
    const network = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async () => Response.json({ success: false, "error-codes": ["invalid-input-response"] }));
    onTestFinished(() => network.mockRestore());
    const context = contextFrom(hostileOrigin, assets, { turnstile: true });
    const outcome = await submitComment(openDatabase(), await commentOn("made-up"), context);
    expect(outcome).toMatchObject({ outcome: "refused", reason: "turnstile" });
    expect(asked).toEqual([]);
  });

  it("refuses a client over the rate limit before it fetches the catalog", async () => {
    await insertPost();
    const ip = "198.51.100.78";
    const { assets, asked } = recordingAssets(newPostCatalog);
    for (let sent = 0; sent < commentLimit.count; sent += 1) {
      const context = contextFrom(hostileOrigin, assets, { ip });
      expect(await submitComment(openDatabase(), await commentOn("hello-world"), context)).toMatchObject({
        outcome: "accepted",
      });
    }
    expect(asked).toEqual([]);
    const outcome = await submitComment(
      openDatabase(),
      await commentOn("made-up"),
      contextFrom(hostileOrigin, assets, { ip }),
    );
    expect(outcome).toMatchObject({ outcome: "refused", reason: "rate-limited" });
    expect(asked).toEqual([]);
    expect(await countComments()).toBe(commentLimit.count);
  });
});
