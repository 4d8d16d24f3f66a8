import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { readDist } from "./dist";

// Tags that may repeat are always arrays, so that one entry and many read alike.
const repeatedTags = new Set(["item", "category", "url", "sitemap"]);
// Tag values stay strings: a title such as "2026" must not turn into a number.
const parser = new XMLParser({ isArray: (tagName) => repeatedTags.has(tagName), parseTagValue: false });

const feedSchema = z.object({
  rss: z.object({
    channel: z.object({
      link: z.string(),
      item: z.array(z.object({ title: z.string(), link: z.string(), guid: z.string() })).default([]),
    }),
  }),
});

const urlSetSchema = z.object({ urlset: z.object({ url: z.array(z.object({ loc: z.string() })).default([]) }) });
const sitemapIndexSchema = z.object({
  sitemapindex: z.object({ sitemap: z.array(z.object({ loc: z.string() })).default([]) }),
});

export type Feed = z.infer<typeof feedSchema>["rss"]["channel"];

export function readFeed(urlPath: string): Feed {
  return feedSchema.parse(parser.parse(readDist(urlPath))).rss.channel;
}

const feedContentSchema = z.object({
  rss: z.object({
    channel: z.object({ item: z.array(z.object({ "content:encoded": z.string().optional() })).default([]) }),
  }),
});

/** Each item's `<content:encoded>` (a post's full HTML), undefined where an item has none. */
export function readFeedContents(urlPath: string): (string | undefined)[] {
  return feedContentSchema
    .parse(parser.parse(readDist(urlPath)))
    .rss.channel.item.map((item) => item["content:encoded"]);
}

/** The `<loc>` of every page in a sitemap. */
export function readSitemapLocs(urlPath: string): string[] {
  return urlSetSchema.parse(parser.parse(readDist(urlPath))).urlset.url.map((url) => url.loc);
}

/** The `<loc>` of every sitemap in a sitemap index. */
export function readSitemapIndexLocs(urlPath: string): string[] {
  return sitemapIndexSchema.parse(parser.parse(readDist(urlPath))).sitemapindex.sitemap.map((entry) => entry.loc);
}
