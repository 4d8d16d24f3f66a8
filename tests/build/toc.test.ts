import { describe, expect, it } from "vitest";
import { publishedPosts } from "./support/content";
import { readHtml } from "./support/dist";

/** A post's own second-level headings, as built: not the headings of the aids around them. */
function sectionHeadings(slug: string) {
  return readHtml(`/posts/${slug}/`)
    .querySelectorAll("article h2")
    .filter((heading) => !heading.closest("nav"));
}

const posts = publishedPosts().map((post) => ({ slug: post.slug, sections: sectionHeadings(post.slug).length }));

it("has posts on both sides of the three-section rule, so that neither case passes unseen", () => {
  expect(posts.some((post) => post.sections >= 3)).toBe(true);
  expect(posts.some((post) => post.sections > 0 && post.sections < 3)).toBe(true);
});

describe.each(posts.filter((post) => post.sections >= 3))("the post $slug ($sections sections)", ({ slug }) => {
  it("has one table of contents, named by its heading", () => {
    const tocs = readHtml(`/posts/${slug}/`).querySelectorAll("nav.toc");
    expect(tocs).toHaveLength(1);
    const headingId = tocs[0]?.getAttribute("aria-labelledby") ?? "";
    expect(tocs[0]?.querySelector(`h2#${headingId}`)?.textContent.trim()).toMatch(/^(Inhalt|Contents)$/);
  });

  it("lists every section in order, as an ordered list of links to the headings' ids", () => {
    const toc = readHtml(`/posts/${slug}/`).querySelector("nav.toc");
    const entries = toc?.querySelectorAll("ol > li > a") ?? [];
    const sections = sectionHeadings(slug);
    expect(entries.map((link) => link.getAttribute("href"))).toEqual(sections.map((heading) => `#${heading.id}`));
    expect(entries.map((link) => link.textContent.trim())).toEqual(
      sections.map((heading) => heading.textContent.trim()),
    );
    expect(sections.every((heading) => heading.id !== "")).toBe(true);
  });

  it("works without a script: no script inside it", () => {
    expect(readHtml(`/posts/${slug}/`).querySelectorAll("nav.toc script")).toHaveLength(0);
  });
});

describe.each(posts.filter((post) => post.sections < 3))("the post $slug ($sections sections)", ({ slug }) => {
  it("has no table of contents", () => {
    expect(readHtml(`/posts/${slug}/`).querySelectorAll("nav.toc")).toHaveLength(0);
  });
});
