import { byNewestFirst } from "./posts";
import { postTopicSlugs } from "./topics";

interface TaggedPost {
  id: string;
  data: { pubDate: Date; draft: boolean; tags: string[] };
}

/** Up to `limit` other posts sharing the most topics with `post`; newer first on a tie. */
export function findRelatedPosts<P extends TaggedPost>(post: P, candidates: P[], limit = 3): P[] {
  const topics = new Set(postTopicSlugs(post.data.tags));
  return candidates
    .filter((candidate) => candidate.id !== post.id)
    .map((candidate) => ({
      candidate,
      shared: postTopicSlugs(candidate.data.tags).filter((slug) => topics.has(slug)).length,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byNewestFirst(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The neighbours of `post` in publication order. */
export function findAdjacentPosts<P extends TaggedPost>(post: P, posts: P[]): { newer?: P; older?: P } {
  const ordered = [...posts].sort(byNewestFirst);
  const index = ordered.findIndex((candidate) => candidate.id === post.id);
  if (index === -1) return {};
  const newer = ordered[index - 1];
  const older = ordered[index + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}
