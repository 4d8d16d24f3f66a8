import type { APIRoute, GetStaticPaths } from "astro";
import { siteConfig } from "../../../../site.config";
import { buildFeed } from "../../../lib/feed";
import { toFeedPosts } from "../../../lib/feed-posts";
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

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const origin = site ?? new URL(siteConfig.url);
  return buildFeed({
    title: `${siteConfig.title}: ${props.name}`,
    description: translate(siteConfig.lang, "topicIntro", { topic: props.name }),
    site: origin,
    posts: await toFeedPosts(props.posts, origin),
  });
};
