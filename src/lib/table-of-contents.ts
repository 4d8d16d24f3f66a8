/**
 * Which headings a post's table of contents lists: its second-level headings, and only
 * when there are at least three (a post with two sections is read faster than navigated).
 */
export const minimumTocEntries = 3;

/** The shape of the headings Astro's `render()` returns for Markdown and MDX. */
export interface PostHeading {
  depth: number;
  slug: string;
  text: string;
}

export function tableOfContents(headings: readonly PostHeading[]): PostHeading[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.slug !== "");
  return sections.length >= minimumTocEntries ? sections : [];
}
