import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { publishedPosts, type SourcePost } from "./support/content";
import { readHtml, siteUrl } from "./support/dist";

const published = publishedPosts();

function languageOf(post: SourcePost): string {
  return post.data.lang ?? siteConfig.lang;
}

/** Published pairs, as the sources declare them. */
const pairs = published.flatMap((post) => {
  const original = published.find((candidate) => candidate.slug === post.data.translationOf);
  return original ? [{ translation: post, original }] : [];
});

function alternates(post: SourcePost): Record<string, string> {
  const links = readHtml(`/posts/${post.slug}/`).querySelectorAll('head link[rel="alternate"][hreflang]');
  return Object.fromEntries(links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]));
}

it("has a translation pair among the sample posts to check", () => {
  expect(pairs.length).toBeGreaterThan(0);
});

describe.each(pairs)("the pair $original.slug and $translation.slug", ({ original, translation }) => {
  it.each([
    { from: original, to: translation },
    { from: translation, to: original },
  ])("links $from.slug visibly to $to.slug, worded in the other language", ({ from, to }) => {
    const links = readHtml(`/posts/${from.slug}/`).querySelectorAll(".translation-link a");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([`/posts/${to.slug}/`]);
    expect(links[0]?.getAttribute("hreflang")).toBe(languageOf(to));
    expect(links[0]?.getAttribute("lang")).toBe(languageOf(to));
  });

  it.each([
    { from: original, to: translation },
    { from: translation, to: original },
  ])("does not list $to.slug among the related posts of $from.slug", ({ from, to }) => {
    const related = readHtml(`/posts/${from.slug}/`).querySelectorAll(".related a");
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((link) => link.getAttribute("href"))).not.toContain(`/posts/${to.slug}/`);
  });

  it.each([original, translation])("names both versions as hreflang alternates on $slug", (post) => {
    const site = [original, translation].find((version) => languageOf(version) === siteConfig.lang);
    expect(alternates(post)).toStrictEqual({
      [languageOf(original)]: siteUrl(`/posts/${original.slug}/`),
      [languageOf(translation)]: siteUrl(`/posts/${translation.slug}/`),
      ...(site ? { "x-default": siteUrl(`/posts/${site.slug}/`) } : {}),
    });
  });
});

it("gives no translation link or hreflang alternate to a post without a translation", () => {
  const paired = new Set(pairs.flatMap((pair) => [pair.original.slug, pair.translation.slug]));
  const alone = published.filter((post) => !paired.has(post.slug));
  expect(alone.length).toBeGreaterThan(0);
  for (const post of alone) {
    expect(alternates(post)).toStrictEqual({});
    expect(readHtml(`/posts/${post.slug}/`).querySelector(".translation-link")).toBeNull();
  }
});
