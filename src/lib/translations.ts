/**
 * The one owner of translation pairs. A post names the post it translates
 * (`translationOf: <slug>`); the two then link each other, visibly and as hreflang
 * alternates. A pair that cannot be right stops the build with a message naming the posts.
 */
import type { SiteLanguage } from "../../shared/languages";

interface TranslatablePost {
  id: string;
  data: { lang?: SiteLanguage | undefined; translationOf?: string | undefined };
}

/** Thrown for a `translationOf` that names no post, a post in the same language, or a third post. */
export class TranslationError extends Error {
  override name = "TranslationError";
}

/**
 * Post slug → the slug of its translation, both ways, for every post among `posts` (pass all
 * posts, drafts too, so that a pair is checked before either is published).
 */
export function pairTranslations(posts: TranslatablePost[], siteLang: SiteLanguage): Map<string, string> {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const partners = new Map<string, string>();
  for (const post of posts) {
    const target = post.data.translationOf;
    if (target === undefined) continue;
    const translated = byId.get(target);
    const where = `content/posts/${post.id}: translationOf`;
    if (!translated) throw new TranslationError(`${where} names "${target}", but there is no post with that slug`);
    if (translated.id === post.id) throw new TranslationError(`${where} names the post itself`);
    const lang = post.data.lang ?? siteLang;
    if ((translated.data.lang ?? siteLang) === lang) {
      throw new TranslationError(`${where} names "${target}", which is in the same language (${lang})`);
    }
    link(partners, post.id, translated.id);
    link(partners, translated.id, post.id);
  }
  return partners;
}

function link(partners: Map<string, string>, from: string, to: string): void {
  const existing = partners.get(from);
  if (existing !== undefined && existing !== to) {
    throw new TranslationError(
      `content/posts/${from} has two translations, "${existing}" and "${to}": a post has at most one`,
    );
  }
  partners.set(from, to);
}
