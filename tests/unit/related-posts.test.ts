import { describe, expect, it } from "vitest";
import { findAdjacentPosts, findRelatedPosts } from "../../src/lib/related-posts";

interface TaggedPost {
  id: string;
  data: { pubDate: Date; draft: boolean; tags: string[] };
}

function makePost(id: string, day: string, ...tags: string[]): TaggedPost {
  return { id, data: { pubDate: new Date(`${day}T08:00:00Z`), draft: false, tags } };
}

function ids(posts: TaggedPost[]): string[] {
  return posts.map((post) => post.id);
}

describe("findRelatedPosts", () => {
  it("puts the posts sharing the most topics first", () => {
    const post = makePost("post", "2026-02-01", "SEO", "Newsletter", "Analytics");
    const candidates = [
      makePost("one", "2026-03-01", "SEO"),
      makePost("two", "2026-02-15", "SEO", "Newsletter"),
      makePost("three", "2026-01-01", "SEO", "Newsletter", "Analytics"),
    ];
    expect(ids(findRelatedPosts(post, candidates))).toEqual(["three", "two", "one"]);
  });

  it("puts the newer post first when two share as many topics", () => {
    const post = makePost("post", "2026-02-01", "SEO");
    const candidates = [makePost("january", "2026-01-10", "SEO"), makePost("march", "2026-03-10", "SEO")];
    expect(ids(findRelatedPosts(post, candidates))).toEqual(["march", "january"]);
  });

  it("returns at most three by default, and at most `limit` when given", () => {
    const post = makePost("post", "2026-02-01", "SEO");
    const candidates = ["01", "02", "03", "04", "05"].map((day) => makePost(`jan-${day}`, `2026-01-${day}`, "SEO"));
    expect(ids(findRelatedPosts(post, candidates))).toEqual(["jan-05", "jan-04", "jan-03"]);
    expect(ids(findRelatedPosts(post, candidates, 1))).toEqual(["jan-05"]);
  });

  it("never relates a post to itself", () => {
    const post = makePost("post", "2026-02-01", "SEO");
    const sameIdOtherObject = makePost("post", "2026-02-01", "SEO");
    expect(findRelatedPosts(post, [post, sameIdOtherObject])).toEqual([]);
  });

  it("leaves out posts without a shared topic", () => {
    const post = makePost("post", "2026-02-01", "SEO");
    expect(findRelatedPosts(post, [makePost("other", "2026-01-01", "Newsletter")])).toEqual([]);
  });

  it("compares topics by slug, so spellings of one topic match", () => {
    const post = makePost("post", "2026-02-01", "Social Media");
    expect(ids(findRelatedPosts(post, [makePost("other", "2026-01-01", "social-media")]))).toEqual(["other"]);
  });

  it("counts two spellings of one topic in a candidate as one shared topic", () => {
    const post = makePost("post", "2026-02-01", "Social Media", "SEO");
    const candidates = [
      makePost("spellings", "2026-03-01", "Social Media", "social-media"),
      makePost("two-topics", "2026-01-01", "SEO", "Social Media"),
    ];
    expect(ids(findRelatedPosts(post, candidates))).toEqual(["two-topics", "spellings"]);
  });
});

describe("findAdjacentPosts", () => {
  const newest = makePost("newest", "2026-03-01", "SEO");
  const middle = makePost("middle", "2026-02-01", "SEO");
  const oldest = makePost("oldest", "2026-01-01", "SEO");
  // Given out of order, so that the function has to sort them itself.
  const posts = [middle, oldest, newest];

  it.each([
    { post: newest, expected: { older: "middle" } },
    { post: middle, expected: { newer: "newest", older: "oldest" } },
    { post: oldest, expected: { newer: "middle" } },
  ])("finds the neighbours of the $post.id post", ({ post, expected }) => {
    const { newer, older } = findAdjacentPosts(post, posts);
    const found = { ...(newer ? { newer: newer.id } : {}), ...(older ? { older: older.id } : {}) };
    expect(found).toStrictEqual(expected);
  });

  it("finds no neighbours for a post outside the list", () => {
    expect(findAdjacentPosts(makePost("elsewhere", "2026-02-15"), posts)).toStrictEqual({});
  });

  it("finds no neighbours for the only post", () => {
    const only = makePost("only", "2026-02-15");
    expect(findAdjacentPosts(only, [only])).toStrictEqual({});
  });
});
