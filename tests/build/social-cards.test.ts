import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardPath, siteCardPath, topicCardPath } from "../../shared/urls";
import { cardManifestPath } from "../../src/lib/social-card";
import { publishedPosts, publishedTopics } from "./support/content";
import { distFile, isOnSite, listDistFiles, readHtml, urlPathOf } from "./support/dist";
import { readImageSize } from "./support/image-size";

// LinkedIn, XING and Mastodon show a 1.91 : 1 card large; LinkedIn's limit is 5 MB, ours is a fast fetch.
const cardWidth = 1200;
const cardHeight = 630;
const maxCardBytes = 150 * 1024;

/** The card a page's meta tags name, with every tag a link preview needs. */
function readCardMeta(pagePath: string) {
  const html = readHtml(pagePath);
  const content = (selector: string) => {
    const tags = html.querySelectorAll(selector);
    expect(tags, `${pagePath}: ${selector}`).toHaveLength(1);
    return tags[0]?.getAttribute("content") ?? "";
  };
  return {
    url: content('meta[property="og:image"]'),
    width: Number(content('meta[property="og:image:width"]')),
    height: Number(content('meta[property="og:image:height"]')),
    alt: content('meta[property="og:image:alt"]'),
    twitterCard: content('meta[name="twitter:card"]'),
  };
}

/** Checks that a page names a card that exists, at the size its tags give; returns the card's path. */
function expectNamedCard(pagePath: string): string {
  const meta = readCardMeta(pagePath);
  expect(isOnSite(meta.url), meta.url).toBe(true);
  expect(meta.alt.trim()).not.toBe("");
  expect(meta.twitterCard).toBe("summary_large_image");
  const imagePath = decodeURIComponent(new URL(meta.url).pathname);
  expect(existsSync(distFile(imagePath)), `${imagePath} is in dist/client`).toBe(true);
  const size = readImageSize(readFileSync(distFile(imagePath)));
  expect(size, `${imagePath} is a PNG or JPEG`).toBeDefined();
  expect({ width: size?.width, height: size?.height }).toEqual({ width: meta.width, height: meta.height });
  return new URL(meta.url).pathname;
}

/** Checks that a generated card is where it belongs, 1200 × 630 and small. */
function expectGeneratedCard(pagePath: string, expectedCardPath: string): void {
  expect(expectNamedCard(pagePath)).toBe(expectedCardPath);
  const bytes = readFileSync(distFile(decodeURIComponent(expectedCardPath)));
  expect(readImageSize(bytes)).toEqual({ format: "png", width: cardWidth, height: cardHeight });
  expect(bytes.length).toBeLessThan(maxCardBytes);
}

const posts = publishedPosts();

describe.each(posts.filter((post) => post.data.card === undefined))("the post $slug", (post) => {
  it("names its generated card, a 1200 × 630 PNG under 150 KB", () => {
    expectGeneratedCard(`/posts/${post.slug}/`, cardPath(post.slug));
  });
});

describe.each(posts.filter((post) => post.data.card !== undefined))("the post $slug with its own card", (post) => {
  it("names its own image, at the image's real size, and describes it with cardAlt", () => {
    const path = `/posts/${post.slug}/`;
    expect(expectNamedCard(path)).toMatch(/^\/_astro\//);
    expect(readCardMeta(path).alt).toBe(post.data.cardAlt ?? post.data.title);
    expect(existsSync(distFile(cardPath(post.slug)))).toBe(false);
  });
});

describe.each([...publishedTopics().keys()])("the topic %s", (slug) => {
  it("names its generated card", () => {
    expectGeneratedCard(`/topics/${slug}/`, topicCardPath(slug));
  });
});

describe("a topic's later pages", () => {
  const laterPages = listDistFiles([".html"])
    .map(urlPathOf)
    .filter((path) => /^\/topics\/[^/]+\/\d+\/$/.test(path));

  it("exist in the sample content", () => {
    expect(laterPages.length).toBeGreaterThan(0);
  });

  it.each(laterPages)("%s names its topic's card", (path) => {
    expectGeneratedCard(path, topicCardPath(path.split("/")[2] ?? ""));
  });
});

describe("the site's card", () => {
  it("is the home page's card", () => {
    expectGeneratedCard("/", siteCardPath);
  });

  // Every page for readers can be shared; pages kept from search engines are not for sharing.
  const pages = listDistFiles([".html"]).map(urlPathOf);
  const indexed = pages.filter((path) => readHtml(path).querySelector('meta[name="robots"]') === null);
  const unindexed = pages.filter((path) => !indexed.includes(path));

  it.each(indexed)("or another card is named by %s", (path) => {
    expectNamedCard(path);
  });

  it.each(unindexed)("and no card is named by %s, a page not for search engines", (path) => {
    expect(readHtml(path).querySelectorAll('meta[property^="og:image"]')).toEqual([]);
    expect(readHtml(path).querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary");
  });

  it("leaves no manifest of the cards in the site", () => {
    expect(existsSync(distFile(cardManifestPath))).toBe(false);
  });
});
