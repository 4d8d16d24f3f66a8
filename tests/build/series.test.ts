import { describe, expect, it } from "vitest";
import { seriesPath } from "../../shared/urls";
import { slugify } from "../../src/lib/topics";
import { publishedPosts, type SourcePost } from "./support/content";
import { readHtml } from "./support/dist";

/** Series name slug → its published posts, oldest first, read from the sources, not from the site's code. */
function seriesFromSources(): Map<string, SourcePost[]> {
  const series = new Map<string, SourcePost[]>();
  for (const post of publishedPosts()) {
    if (post.data.series === undefined) continue;
    const slug = slugify(post.data.series);
    series.set(slug, [...(series.get(slug) ?? []), post]);
  }
  for (const posts of series.values()) posts.sort((a, b) => a.data.pubDate.getTime() - b.data.pubDate.getTime());
  return series;
}

const series = [...seriesFromSources()].map(([slug, posts]) => ({ slug, posts }));

it("has a series among the sample posts to check", () => {
  expect(series.some((entry) => entry.posts.length >= 2)).toBe(true);
});

describe.each(series)("the series $slug", ({ slug, posts }) => {
  it("has a page listing its posts in order of publication", () => {
    const links = readHtml(seriesPath(slug)).querySelectorAll("main ol.series-list > li h2 a");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(posts.map((post) => `/posts/${post.slug}/`));
  });

  it.each(posts.map((post, index) => ({ post, part: index + 1 })))(
    "shows part $part in a box that links the other parts in order and the series page",
    ({ post, part }) => {
      const box = readHtml(`/posts/${post.slug}/`).querySelector("nav.series-box");
      expect(box).not.toBeNull();
      expect(box?.querySelector(`h2#${box.getAttribute("aria-labelledby")} a`)?.getAttribute("href")).toBe(
        seriesPath(slug),
      );
      expect(box?.querySelector("p")?.textContent).toMatch(new RegExp(`\\b${part}\\b.*\\b${posts.length}\\b`));
      const items = box?.querySelectorAll("ol > li") ?? [];
      expect(items.map((item) => item.querySelector("a")?.getAttribute("href") ?? "current")).toEqual(
        posts.map((member) => (member === post ? "current" : `/posts/${member.slug}/`)),
      );
      expect(items[part - 1]?.getAttribute("aria-current")).toBe("page");
    },
  );
});

it("gives no series box to a post outside any series", () => {
  const outside = publishedPosts().filter((post) => post.data.series === undefined);
  expect(outside.length).toBeGreaterThan(0);
  for (const post of outside) expect(readHtml(`/posts/${post.slug}/`).querySelector("nav.series-box")).toBeNull();
});
