import { describe, expect, it } from "vitest";
import { publishedPosts } from "./support/content";
import { listDistFiles, readHtml, siteUrl, urlPathOf } from "./support/dist";

const pages = listDistFiles([".html"]).map(urlPathOf);
// A post URL on the site with a query, as it stands decoded in a share link's parameters.
const taggedPostUrl = new RegExp(`${siteUrl("/posts/").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}[^\\s&?]+/\\?utm_\\S*`);

describe.each(pages)("the page %s", (path) => {
  it("names a canonical URL and og:url without a query, so that no campaign tag is ever canonical", () => {
    const html = readHtml(path);
    const urls = [
      ...html.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute("href")),
      ...html.querySelectorAll('meta[property="og:url"]').map((meta) => meta.getAttribute("content")),
    ];
    for (const url of urls) expect(new URL(url ?? "").search).toBe("");
  });
});

describe.each(publishedPosts())("the share links of post $slug", (post) => {
  it("hand every network the post's canonical URL tagged utm_campaign=share", () => {
    const canonical = siteUrl(`/posts/${post.slug}/`);
    const links = readHtml(`/posts/${post.slug}/`)
      .querySelectorAll(".share a[href]")
      .map((link) => link.getAttribute("href") ?? "");
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const shared = taggedPostUrl.exec(decodeURIComponent(href))?.[0];
      expect(shared, href).toBeDefined();
      const url = new URL(shared ?? "");
      expect(`${url.origin}${url.pathname}`).toBe(canonical);
      expect(url.searchParams.get("utm_campaign")).toBe("share");
      expect(url.searchParams.get("utm_medium")).toMatch(/^(social|email)$/);
      expect(url.searchParams.get("utm_source")).toMatch(/^[a-z]+$/);
    }
  });
});
