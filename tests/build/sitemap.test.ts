import { describe, expect, it } from "vitest";
import { publishedPosts, publishedTopics } from "./support/content";
import { readDist, siteUrl } from "./support/dist";
import { readSitemapIndexLocs, readSitemapLocs } from "./support/xml";

const listedPaths = [
  "/",
  "/topics/",
  "/archive/",
  "/about/",
  ...publishedPosts().map((post) => `/posts/${post.slug}/`),
  ...[...publishedTopics().keys()].map((slug) => `/topics/${slug}/`),
];

// Pages for people (search) or for the author (dashboard), never for search engines.
const unlistedPaths = ["/search/", "/dashboard/"];

describe("the sitemap", () => {
  it.each(listedPaths)("lists %s", (path) => {
    expect(readSitemapLocs("/sitemap-0.xml")).toContain(siteUrl(path));
  });

  it.each(unlistedPaths)("leaves out %s and everything under it", (path) => {
    const listed = readSitemapLocs("/sitemap-0.xml").filter((loc) => new URL(loc).pathname.startsWith(path));
    expect(listed).toEqual([]);
  });

  it("is named by the sitemap index", () => {
    expect(readSitemapIndexLocs("/sitemap-index.xml")).toContain(siteUrl("/sitemap-0.xml"));
  });

  it("is announced to crawlers by robots.txt", () => {
    expect(readDist("/robots.txt").split("\n")).toContain(`Sitemap: ${siteUrl("/sitemap-index.xml")}`);
  });
});
