import { cardPath, postPath, siteCardPath, topicCardPath, topicPath } from "../../shared/urls";
import { siteConfig } from "../../site.config";
import { countPosts, translate } from "./i18n";
import { getPublishedPosts, type Post } from "./published-posts";
import { type GeneratedCard, generatedImage, type SocialImage } from "./social-card";
import { groupByTopic } from "./topics";

export interface SocialCards {
  /** The cards the build renders (empty when `siteConfig.socialCards` is off). */
  generated: GeneratedCard[];
  /** Page path → its card: each post, the first page of each topic, the home page. */
  byPage: Map<string, SocialImage>;
  /** The site's card, for every page not in `byPage`. */
  site: SocialImage | undefined;
}

/**
 * Social networks show JPEG and PNG cards, not SVG or AVIF: a card in another format fails
 * the build instead of showing nothing on LinkedIn. (Astro reads the image's format after the
 * frontmatter schema has run, so it is checked here.)
 */
const cardFormats = new Set(["png", "jpg", "jpeg"]);

/** A post's card: the one it brings (`card` in its frontmatter), or a generated one. */
function postCard(post: Post): GeneratedCard | SocialImage {
  const { card, cardAlt, title, tags, author } = post.data;
  if (card) {
    if (!cardFormats.has(card.format))
      throw new Error(`${post.id}: \`card\` must be a JPEG or PNG file, not ${card.format}`);
    return { path: card.src, width: card.width, height: card.height, alt: cardAlt ?? title };
  }
  return {
    path: cardPath(post.id),
    kicker: tags[0] ?? "",
    title,
    byline: author ?? siteConfig.author,
    siteName: siteConfig.title,
  };
}

function buildSocialCards(posts: Post[]): SocialCards {
  const lang = siteConfig.lang;
  const siteName = siteConfig.title;
  const generated: GeneratedCard[] = [];
  const byPage = new Map<string, SocialImage>();
  const add = (pagePath: string, card: GeneratedCard | SocialImage) => {
    if ("kicker" in card) {
      if (!siteConfig.socialCards) return;
      generated.push(card);
      byPage.set(pagePath, generatedImage(card));
    } else byPage.set(pagePath, card);
  };
  for (const post of posts) add(postPath(post.id), postCard(post));
  for (const topic of groupByTopic(posts)) {
    const title = topic.name;
    const byline = countPosts(lang, topic.posts.length);
    add(topicPath(topic.slug), {
      path: topicCardPath(topic.slug),
      kicker: translate(lang, "topics"),
      title,
      byline,
      siteName,
    });
  }
  const home = {
    path: siteCardPath,
    kicker: siteConfig.author,
    title: siteConfig.description,
    byline: new URL(siteConfig.url).host,
    siteName,
  };
  add("/", home);
  return { generated, byPage, site: byPage.get("/") };
}

// Built once per build: every prerendered page asks for its card. Under `astro dev` posts
// change while the server runs, so there it is built per page.
let built: Promise<SocialCards> | undefined;

export function getSocialCards(): Promise<SocialCards> {
  if (import.meta.env.DEV) return getPublishedPosts().then(buildSocialCards);
  built ??= getPublishedPosts().then(buildSocialCards);
  return built;
}

/**
 * The card a page's meta tags name; undefined when cards are off and the page brings none.
 * A later page of a list (`/topics/analytics/2/`) shows its first page's card.
 */
export async function socialImageFor(pagePath: string): Promise<SocialImage | undefined> {
  const cards = await getSocialCards();
  const firstPage = pagePath.replace(/(?<=\/)\d+\/$/, "");
  return cards.byPage.get(pagePath) ?? cards.byPage.get(firstPage) ?? cards.site;
}
