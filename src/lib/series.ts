/**
 * The one owner of series: posts whose frontmatter names the same `series` (compared by
 * slug, so "Newsletter-Serie" and "newsletter serie" are one), in the order of their
 * `pubDate`, oldest first. Order by date rather than a number in the frontmatter: a series
 * is written in order, and there is no number to keep in step when a part is added.
 */
import { slugify } from "./topics";

interface SeriesPost {
  id: string;
  data: { pubDate: Date; series?: string | undefined };
}

export interface Series<P> {
  slug: string;
  /** The name as its first part spells it. */
  name: string;
  /** Oldest first. */
  posts: P[];
}

export interface SeriesPlace<P> {
  series: Series<P>;
  /** 1-based: "Part 2 of 4". */
  part: number;
}

export function seriesSlug(name: string): string {
  return slugify(name);
}

/** Every series among `posts`, in order of their names. */
export function groupSeries<P extends SeriesPost>(posts: P[]): Series<P>[] {
  const bySlug = new Map<string, P[]>();
  for (const post of posts) {
    const name = post.data.series;
    if (name === undefined || seriesSlug(name) === "") continue;
    const slug = seriesSlug(name);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), post]);
  }
  return [...bySlug.entries()]
    .map(([slug, members]) => {
      const ordered = members.toSorted(byOldestFirst);
      return { slug, name: ordered[0]?.data.series?.trim() ?? slug, posts: ordered };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where `post` stands in its series, or undefined when it is in none. */
export function findSeriesPlace<P extends SeriesPost>(post: P, series: Series<P>[]): SeriesPlace<P> | undefined {
  for (const candidate of series) {
    const index = candidate.posts.findIndex((member) => member.id === post.id);
    if (index !== -1) return { series: candidate, part: index + 1 };
  }
  return undefined;
}

function byOldestFirst(a: SeriesPost, b: SeriesPost): number {
  return a.data.pubDate.getTime() - b.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
