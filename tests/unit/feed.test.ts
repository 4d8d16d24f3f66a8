import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { absolutizeUrls, buildFeed, type FeedPost } from "../../src/lib/feed";

const site = new URL("https://resonanz.example/");
const postUrl = new URL("/posts/mit-bild/", site);
// As Astro renders a post: a processed image, a relative image, a srcset, an in-page and an outside link,
// and text that must survive XML: an ampersand, angle brackets and "]]>", which would end a CDATA section.
const renderedBody = [
  '<h2 id="teil-1">Teil 1 &amp; mehr</h2>',
  '<p><img src="/_astro/chart.abc123.svg" alt="Ein Balken &lt;b&gt;" width="640" height="360"></p>',
  '<p><img src="./images/foto.png" srcset="/_astro/foto.1.webp 1x, /_astro/foto.2.webp 2x" alt=""></p>',
  '<p><a href="#teil-1">oben</a>, <a href="https://gdpr.eu/">gdpr.eu</a>, <a href="mailto:a@b.example">Mail</a></p>',
  "<pre><code>if (a ]]> b) {}</code></pre>",
].join("\n");

function post(html?: string): FeedPost {
  return {
    id: "mit-bild",
    data: { title: "Mit Bild & Text", description: "Kurz.", pubDate: new Date("2026-03-01"), tags: ["Analytics"] },
    html,
  };
}

async function feedXml(posts: FeedPost[]): Promise<string> {
  return (await buildFeed({ title: "Resonanz", description: "Notizen", site, posts })).text();
}

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === "item" });

describe("absolutizeUrls", () => {
  it("makes every relative src, href and srcset URL absolute and leaves absolute ones alone", () => {
    const html = absolutizeUrls(renderedBody, postUrl);
    expect(html).toContain('src="https://resonanz.example/_astro/chart.abc123.svg"');
    expect(html).toContain('src="https://resonanz.example/posts/mit-bild/images/foto.png"');
    expect(html).toContain(
      'srcset="https://resonanz.example/_astro/foto.1.webp 1x, https://resonanz.example/_astro/foto.2.webp 2x"',
    );
    expect(html).toContain('href="https://resonanz.example/posts/mit-bild/#teil-1"');
    expect(html).toContain('href="https://gdpr.eu/"');
    expect(html).toContain('href="mailto:a@b.example"');
  });
});

describe("buildFeed with full content", () => {
  it("writes valid XML that gives back the post's HTML intact as content:encoded", async () => {
    const html = absolutizeUrls(renderedBody, postUrl);
    const xml = await feedXml([post(html)]);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const [item] = parser.parse(xml).rss.channel.item;
    expect(item["content:encoded"]).toBe(html);
    expect(item.link).toBe(postUrl.href);
  });

  it("writes no content:encoded for a summary feed", async () => {
    const xml = await feedXml([post()]);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("content:encoded");
  });
});
