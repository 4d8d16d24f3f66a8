import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { feedConfig } from "../../site.config";
import { publishedTopics } from "./support/content";
import { isOnSite, readDist } from "./support/dist";
import { readFeedContents } from "./support/xml";

const feedPaths = ["/rss.xml", ...[...publishedTopics().keys()].map((slug) => `/topics/${slug}/rss.xml`)];

/** Every URL in an HTML attribute that a feed reader would load or follow. */
function linkedUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href|poster)="([^"]*)"/g)].map((match) => match[1] ?? "");
}

describe.each(feedPaths)("the feed %s", (path) => {
  it(`carries each post's full text exactly when feedConfig.fullContent is ${feedConfig.fullContent}`, () => {
    expect(SyntaxValidator.validate(readDist(path))).toBe(true);
    const contents = readFeedContents(path);
    expect(contents.every((content) => (content !== undefined) === feedConfig.fullContent)).toBe(true);
  });

  it("links and shows images by absolute URLs only, inside the posts too", () => {
    const urls = readFeedContents(path).flatMap((content) => linkedUrls(content ?? ""));
    expect(urls.filter((url) => !URL.canParse(url))).toEqual([]);
    // The posts' own images, processed by the build, are served from the site.
    expect(urls.filter((url) => url.includes("/_astro/") && !isOnSite(url))).toEqual([]);
  });
});
