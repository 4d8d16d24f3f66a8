import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { parse } from "yaml";
import { type PostFrontmatter, postSchema } from "../../../src/lib/post-schema";
import { isPublished } from "../../../src/lib/posts";
import { postTopicSlugs } from "../../../src/lib/topics";

const postsDir = "content/posts";
const postExtensions = new Set([".md", ".mdx"]);

export interface SourcePost {
  slug: string;
  file: string;
  data: PostFrontmatter;
}

function readFrontmatter(file: string): unknown {
  const source = readFileSync(file, "utf8");
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!block) throw new Error(`${file} has no frontmatter block`);
  return parse(block[1] ?? "");
}

/** Every post in content/posts, its frontmatter checked by the same schema the site builds with. */
export function readPosts(): SourcePost[] {
  return readdirSync(postsDir)
    .filter((name) => postExtensions.has(extname(name)))
    .sort()
    .map((name) => {
      const file = join(postsDir, name);
      return { slug: name.slice(0, -extname(name).length), file, data: postSchema.parse(readFrontmatter(file)) };
    });
}

/**
 * The site decides what is published when it builds, not when the tests run: a post
 * that comes due in between is rightly missing from dist. The home page's write time
 * stands in for that moment.
 */
function buildTime(): Date {
  return statSync("dist/client/index.html").mtime;
}

function isPublishedAtBuild(post: SourcePost): boolean {
  return isPublished({ id: post.slug, data: post.data }, { now: buildTime(), includeDrafts: false });
}

export function publishedPosts(): SourcePost[] {
  return readPosts().filter(isPublishedAtBuild);
}

/** Drafts and posts dated after the build. */
export function unpublishedPosts(): SourcePost[] {
  return readPosts().filter((post) => !isPublishedAtBuild(post));
}

/** Topic slug → the published posts tagged with it. */
export function publishedTopics(): Map<string, SourcePost[]> {
  const topics = new Map<string, SourcePost[]>();
  for (const post of publishedPosts()) {
    for (const slug of postTopicSlugs(post.data.tags)) topics.set(slug, [...(topics.get(slug) ?? []), post]);
  }
  return topics;
}
