import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPosts, publishedTopics, unpublishedPosts } from "./support/content";
import { distRoot, listDistFiles } from "./support/dist";

// Every text format the build writes; Pagefind's binary index is covered by the e2e search test.
const textFiles = listDistFiles([".html", ".xml", ".txt", ".json"]);

/** The forms a title takes in built files: as written, and HTML-escaped. */
function spellings(text: string): string[] {
  const escaped = text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
  return [...new Set([text, escaped])];
}

it("has the known draft among the unpublished posts, so the checks below run", () => {
  expect(unpublishedPosts().map((post) => post.slug)).toContain("draft-short-video-for-consultants");
});

describe.each(unpublishedPosts())("the unpublished post $slug", (post) => {
  it("has no page", () => {
    expect(existsSync(join(distRoot, "posts", post.slug))).toBe(false);
  });

  it.each([
    { what: "slug", needles: [post.slug] },
    { what: "title", needles: spellings(post.data.title) },
  ])("leaves its $what in no built text file", ({ needles }) => {
    const leaks = textFiles.filter((file) => {
      const text = readFileSync(join(distRoot, file), "utf8");
      return needles.some((needle) => text.includes(needle));
    });
    expect(leaks).toEqual([]);
  });
});

it("builds a page for every published post and for no other", () => {
  const built = readdirSync(join(distRoot, "posts")).sort();
  expect(built).toEqual(publishedPosts().map((post) => post.slug));
});

it("builds topic pages only for topics of published posts", () => {
  const built = readdirSync(join(distRoot, "topics"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(built.sort()).toEqual([...publishedTopics().keys()].sort());
});
