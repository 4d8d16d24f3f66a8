import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { publishedPosts, publishedTopics, type SourcePost } from "./support/content";
import { distRoot, isOnSite, readDist, siteUrl } from "./support/dist";
import { readFeed } from "./support/xml";

const feeds: { path: string; posts: SourcePost[] }[] = [
  { path: "/rss.xml", posts: publishedPosts() },
  ...[...publishedTopics()].map(([slug, posts]) => ({ path: `/topics/${slug}/rss.xml`, posts })),
];

function postUrls(posts: SourcePost[]): string[] {
  return posts.map((post) => siteUrl(`/posts/${post.slug}/`)).sort();
}

describe.each(feeds)("the feed $path", ({ path, posts }) => {
  it("is well-formed XML", () => {
    // SyntaxValidator throws, naming line and column, on the first error.
    expect(SyntaxValidator.validate(readDist(path))).toBe(true);
  });

  it("links only to absolute URLs on the site", () => {
    const feed = readFeed(path);
    const links = [feed.link, ...feed.item.flatMap((item) => [item.link, item.guid])];
    expect(links.filter((link) => !isOnSite(link))).toEqual([]);
  });

  it("lists exactly its published posts", () => {
    expect(
      readFeed(path)
        .item.map((item) => item.link)
        .sort(),
    ).toEqual(postUrls(posts));
  });
});

it("writes a feed for every topic of a published post and for no other topic", () => {
  const topicsDir = join(distRoot, "topics");
  const withFeed = readdirSync(topicsDir).filter((name) => existsSync(join(topicsDir, name, "rss.xml")));
  expect(withFeed.sort()).toEqual([...publishedTopics().keys()].sort());
});
