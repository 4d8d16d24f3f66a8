/**
 * The one owner of the rule deciding which posts are published (their URLs: shared/urls.ts).
 * Works on a structural type so that unit tests need no Astro runtime.
 */
export interface PostLike {
  id: string;
  data: { pubDate: Date; draft: boolean };
}

export interface PublishOptions {
  /** The moment of the build (or request); posts dated later are not yet published. */
  now: Date;
  /** `npm run dev` shows drafts so that authors can preview them. */
  includeDrafts: boolean;
}

export function isPublished(post: PostLike, options: PublishOptions): boolean {
  if (post.data.draft && !options.includeDrafts) return false;
  return post.data.pubDate.getTime() <= options.now.getTime();
}

export function byNewestFirst(a: PostLike, b: PostLike): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime();
}
