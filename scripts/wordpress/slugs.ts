/**
 * The slugs imported posts and pages get: WordPress's own, percent-decoded and transliterated
 * as topics are (src/lib/topics.ts), unique among the import and beside the files already
 * there. Assigned in the order of the WordPress ids, so that a second import of the same
 * export gives every item the same slug again.
 */
import { slugify } from "../../src/lib/topics.ts";

/** Long enough for any real title; URL-friendly beyond that. */
const maxSlugLength = 80;

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray "%" that does not start an escape: keep the text as it is.
    return text;
  }
}

function cut(slug: string): string {
  if (slug.length <= maxSlugLength) return slug;
  return slug.slice(0, maxSlugLength).replace(/-[^-]*$/, "") || slug.slice(0, maxSlugLength);
}

/** The slug an item asks for: its post_name, else its title, else its kind and id. */
export function wantedSlug(item: { id: number; name: string; title: string; type: string }): string {
  return cut(slugify(decodePercent(item.name))) || cut(slugify(item.title)) || `${item.type}-${item.id}`;
}

/**
 * A slug for each item, by id: what it asks for, or that with "-2", "-3", … when an earlier item
 * or a name in `taken` (files that are not from this export) has it, or `isReserved` says so.
 */
export function assignSlugs(
  items: readonly { id: number; name: string; title: string; type: string }[],
  taken: ReadonlySet<string>,
  isReserved: (slug: string) => boolean = () => false,
): Map<number, string> {
  const used = new Set(taken);
  const slugs = new Map<number, string>();
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    const wanted = wantedSlug(item);
    let slug = wanted;
    for (let n = 2; used.has(slug) || isReserved(slug); n++) slug = `${wanted}-${n}`;
    used.add(slug);
    slugs.set(item.id, slug);
  }
  return slugs;
}
