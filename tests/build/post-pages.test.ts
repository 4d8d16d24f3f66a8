import { describe, expect, it } from "vitest";
import { siteConfig } from "../../site.config";
import { publishedPosts, type SourcePost } from "./support/content";
import { readHtml, siteUrl } from "./support/dist";

/** The social-card meta a post page must carry, and the value each must have. */
function socialMeta(post: SourcePost): { attribute: string; name: string; expected: string | RegExp }[] {
  return [
    { attribute: "property", name: "og:title", expected: post.data.title },
    { attribute: "property", name: "og:description", expected: post.data.description },
    { attribute: "property", name: "og:url", expected: siteUrl(`/posts/${post.slug}/`) },
    { attribute: "property", name: "og:type", expected: "article" },
    { attribute: "name", name: "twitter:card", expected: /^(summary|summary_large_image)$/ },
  ];
}

describe.each(publishedPosts())("the page of post $slug", (post) => {
  const path = `/posts/${post.slug}/`;

  it("names its canonical URL on the configured site", () => {
    const canonical = readHtml(path).querySelectorAll('link[rel="canonical"]');
    expect(canonical.map((link) => link.getAttribute("href"))).toEqual([siteUrl(path)]);
  });

  it.each(socialMeta(post))("has $name", ({ attribute, name, expected }) => {
    const meta = readHtml(path).querySelectorAll(`meta[${attribute}="${name}"]`);
    expect(meta).toHaveLength(1);
    expect(meta[0]?.getAttribute("content")).toMatch(expected);
  });

  it("describes itself as one schema.org BlogPosting", () => {
    const scripts = readHtml(path).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data: unknown = JSON.parse(scripts[0]?.textContent ?? "");
    expect(data).toMatchObject({
      "@type": "BlogPosting",
      headline: post.data.title,
      datePublished: post.data.pubDate.toISOString(),
      url: siteUrl(path),
    });
  });

  it("declares the post's language on <html>", () => {
    expect(readHtml(path).querySelector("html")?.getAttribute("lang")).toBe(post.data.lang ?? siteConfig.lang);
  });
});
