/**
 * The one owner of topic slugs. A topic is a post's tag; names that slug the
 * same ("Social Media", "social-media") are one topic.
 */
/** German transliteration first, then letters that Unicode does not split into base letter and accent. */
const transliterations: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ẞ: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

// Only post tags are slugged, so the cache stays small. The same few tags are slugged over and
// over: related posts compare every pair of posts, and the dashboard regroups topics per request.
const slugsByName = new Map<string, string>();

export function topicSlug(name: string): string {
  let slug = slugsByName.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    slugsByName.set(name, slug);
  }
  return slug;
}

/**
 * A name as lower-case ASCII words joined by hyphens ("Über Datenschutz" → "ueber-datenschutz"):
 * for topics, and for the slugs an import gives posts, so that both read alike.
 */
export function slugify(name: string): string {
  return (
    name
      // NFC first, so that an umlaut stored as "a" + combining diaeresis is transliterated too.
      .normalize("NFC")
      .toLowerCase()
      .replace(/[äöüßẞøæœłđðþı]/g, (letter) => transliterations[letter] ?? letter)
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

export interface Topic<P> {
  slug: string;
  /** The spelling used by the most posts (the earliest spelling on a tie). */
  name: string;
  posts: P[];
}

/** Groups posts by topic slug, keeping each post's order; topics sorted by post count, then name. */
export function groupByTopic<P extends { data: { tags: string[] } }>(posts: P[]): Topic<P>[] {
  const topics = new Map<string, { posts: P[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const tag of post.data.tags) {
      const slug = topicSlug(tag);
      if (slug === "" || seen.has(slug)) continue;
      seen.add(slug);
      const topic = topics.get(slug) ?? { posts: [], spellings: new Map<string, number>() };
      topic.posts.push(post);
      topic.spellings.set(tag.trim(), (topic.spellings.get(tag.trim()) ?? 0) + 1);
      topics.set(slug, topic);
    }
  }
  return [...topics.entries()]
    .map(([slug, topic]) => ({ slug, name: mostUsedSpelling(topic.spellings), posts: topic.posts }))
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}

function mostUsedSpelling(spellings: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** The distinct topics of one post, as slugs. */
export function postTopicSlugs(tags: string[]): string[] {
  return [...new Set(tags.map(topicSlug).filter((slug) => slug !== ""))];
}
