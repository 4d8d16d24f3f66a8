import { describe, expect, it } from "vitest";
import { postPath } from "../../shared/urls";
import { byNewestFirst, isPublished, type PostLike } from "../../src/lib/posts";

function makePost(overrides: Partial<PostLike["data"]> = {}, id = "a-post"): PostLike {
  return { id, data: { pubDate: new Date("2026-01-10T00:00:00Z"), draft: false, ...overrides } };
}

const now = new Date("2026-06-01T12:00:00Z");

describe("isPublished", () => {
  it.each([
    { case: "a past post in production", post: makePost(), includeDrafts: false, expected: true },
    { case: "a draft in production", post: makePost({ draft: true }), includeDrafts: false, expected: false },
    { case: "a draft in dev", post: makePost({ draft: true }), includeDrafts: true, expected: true },
    {
      case: "a post dated after the build",
      post: makePost({ pubDate: new Date("2026-06-02T00:00:00Z") }),
      includeDrafts: true,
      expected: false,
    },
    { case: "a post dated exactly now", post: makePost({ pubDate: now }), includeDrafts: false, expected: true },
  ])("$case → $expected", ({ post, includeDrafts, expected }) => {
    expect(isPublished(post, { now, includeDrafts })).toBe(expected);
  });
});

describe("byNewestFirst", () => {
  it("orders posts by publication date, newest first", () => {
    const older = makePost({ pubDate: new Date("2025-01-01") }, "older");
    const newer = makePost({ pubDate: new Date("2026-01-01") }, "newer");
    expect([older, newer].sort(byNewestFirst).map((post) => post.id)).toEqual(["newer", "older"]);
  });
});

describe("postPath", () => {
  it("builds the one URL form of a post", () => {
    expect(postPath("webanalyse-ohne-cookie-banner")).toBe("/posts/webanalyse-ohne-cookie-banner/");
  });
});
