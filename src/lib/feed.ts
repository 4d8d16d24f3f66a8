import rss from "@astrojs/rss";
import { postPath } from "../../shared/urls";
import { siteConfig } from "../../site.config";

/** What a feed needs of a post: its slug and frontmatter, and its rendered body for a full-content feed. */
export interface FeedPost {
  id: string;
  data: { title: string; description: string; pubDate: Date; tags: string[] };
  /** The post's HTML, links and images already absolute (absolutizeUrls); absent in a summary feed. */
  html?: string | undefined;
}

/** One RSS 2.0 feed of `posts`, newest first, with absolute links. */
export function buildFeed(options: {
  title: string;
  description: string;
  site: URL;
  posts: FeedPost[];
}): Promise<Response> {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: `<language>${siteConfig.lang}</language>`,
    items: options.posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: postPath(post.id),
      categories: post.data.tags,
      // @astrojs/rss writes `content` as <content:encoded> and declares its namespace.
      ...(post.html === undefined ? {} : { content: post.html }),
    })),
  });
}

// Attributes that hold one URL, and srcset, which holds a list; rehype writes every value double-quoted.
const urlAttribute = /\s(src|href|poster)="([^"]*)"/g;
const srcsetAttribute = /\ssrcset="([^"]*)"/g;

/**
 * `html` with every relative URL made absolute against `base`: a feed reader shows a post
 * away from the site, where `/_astro/chart.svg` or `#section` would lead nowhere.
 */
export function absolutizeUrls(html: string, base: URL): string {
  const absolute = (value: string) => (URL.canParse(value, base) ? new URL(value, base).href : value);
  return html
    .replace(urlAttribute, (_match, name: string, value: string) => ` ${name}="${absolute(value)}"`)
    .replace(srcsetAttribute, (_match, value: string) => {
      const candidates = value.split(",").map((candidate) => {
        const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(" ");
      });
      return ` srcset="${candidates.join(", ")}"`;
    });
}
