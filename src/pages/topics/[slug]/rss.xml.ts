import type { APIRoute, GetStaticPaths } from "astro";
import { siteConfig } from "../../../../site.config";
import { buildFeed } from "../../../lib/feed";
import { translate } from "../../../lib/i18n";
import { getPublishedPosts, type Post } from "../../../lib/published-posts";
import { groupByTopic } from "../../../lib/topics";

export const getStaticPaths = (async () => {
  const topics = groupByTopic(await getPublishedPosts());
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { name: topic.name, posts: topic.posts } }));
}) satisfies GetStaticPaths;

interface Props {
  name: string;
  posts: Post[];
}

export const GET: APIRoute<Props> = ({ props, site }) =>
  buildFeed({
    title: `${siteConfig.title}: ${props.name}`,
    description: translate(siteConfig.lang, "topicIntro", { topic: props.name }),
    site: site ?? new URL(siteConfig.url),
    posts: props.posts,
  });
