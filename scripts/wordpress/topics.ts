/**
 * A post's topics from its WordPress categories and tags. WordPress's default category
 * ("Uncategorized", "Allgemein") says nothing about a post and is left out. A post needs at
 * least one topic (src/lib/post-schema.ts): one without any gets a neutral one, which the
 * report names, so the author can sort it later.
 */

import type { SiteLanguage } from "../../site.config.ts";
import { topicSlug } from "../../src/lib/topics.ts";
import type { WxrTerm } from "./wxr.ts";

const defaultCategories = new Set(["uncategorized", "allgemein", "unkategorisiert", "non-classe", "sin-categoria"]);
const maxTopics = 10;
const maxTopicLength = 60;

export const fallbackTopic: Record<SiteLanguage, string> = { de: "Sonstiges", en: "Miscellaneous" };

export interface PostTopics {
  tags: string[];
  /** Why the topics differ from the export's, for the report. */
  note?: string;
}

function isDefaultCategory(term: WxrTerm): boolean {
  return (
    term.domain === "category" && (defaultCategories.has(term.nicename) || defaultCategories.has(topicSlug(term.name)))
  );
}

export function topicsOf(terms: readonly WxrTerm[], lang: SiteLanguage): PostTopics {
  const bySlug = new Map<string, string>();
  // Categories first: they are the blog's own sections; tags refine them.
  const ordered = [
    ...terms.filter((term) => term.domain === "category"),
    ...terms.filter((term) => term.domain === "post_tag"),
  ];
  for (const term of ordered) {
    if (isDefaultCategory(term)) continue;
    const name = term.name.trim().slice(0, maxTopicLength).trim();
    const slug = topicSlug(name);
    if (slug !== "" && !bySlug.has(slug)) bySlug.set(slug, name);
  }
  const tags = [...bySlug.values()];
  if (tags.length === 0) return { tags: [fallbackTopic[lang]], note: `no topic: filed under "${fallbackTopic[lang]}"` };
  if (tags.length > maxTopics) {
    return { tags: tags.slice(0, maxTopics), note: `${tags.length} topics: kept the first ${maxTopics}` };
  }
  return { tags };
}
