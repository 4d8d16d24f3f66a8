import { describe, expect, it } from "vitest";
import { topicPath } from "../../shared/urls";
import { groupByTopic, postTopicSlugs, topicSlug } from "../../src/lib/topics";

interface TaggedPost {
  id: string;
  data: { tags: string[] };
}

function makePost(id: string, ...tags: string[]): TaggedPost {
  return { id, data: { tags } };
}

function summarise(posts: TaggedPost[]): { slug: string; name: string; posts: string[] }[] {
  return groupByTopic(posts).map((topic) => ({ ...topic, posts: topic.posts.map((post) => post.id) }));
}

const slugRows = [
  { name: "Marketing", slug: "marketing" },
  { name: "SEO", slug: "seo" },
  { name: "Social Media", slug: "social-media" },
  { name: "social-media", slug: "social-media" },
  { name: " Social  Media! ", slug: "social-media" },
  { name: "Größe", slug: "groesse" },
  { name: "Öffentlichkeitsarbeit", slug: "oeffentlichkeitsarbeit" },
  { name: "Übersetzung", slug: "uebersetzung" },
  { name: "Ärger", slug: "aerger" },
  { name: "ÄÖÜ", slug: "aeoeue" },
  { name: "Straße", slug: "strasse" },
  { name: "STRAẞE", slug: "strasse" },
  { name: "Bücher über Käse", slug: "buecher-ueber-kaese" },
  { name: "Café", slug: "cafe" },
  { name: "Señor", slug: "senor" },
  { name: "Façade", slug: "facade" },
  { name: "Åland", slug: "aland" },
  { name: "naïve résumé", slug: "naive-resume" },
  { name: "Crème brûlée", slug: "creme-brulee" },
  { name: "C++ & Rust", slug: "c-rust" },
  { name: "B2B-Vertrieb", slug: "b2b-vertrieb" },
  { name: "Web 3.0", slug: "web-3-0" },
  { name: "--Newsletter--", slug: "newsletter" },
  { name: "E-Mail_Marketing", slug: "e-mail-marketing" },
  { name: "Q&A: Fragen?", slug: "q-a-fragen" },
  { name: "KI / AI", slug: "ki-ai" },
  { name: "„Zitate“ & 'quotes'", slug: "zitate-quotes" },
  { name: "Marketing · Vertrieb", slug: "marketing-vertrieb" },
  { name: "2026", slug: "2026" },
  { name: "!!!", slug: "" },
  { name: "", slug: "" },
];

describe("topicSlug", () => {
  it.each(slugRows)("$name → $slug", ({ name, slug }) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it.each(slugRows)("is stable when slugging the slug of $name", ({ slug }) => {
    expect(topicSlug(slug)).toBe(slug);
  });

  // macOS file names and some editors store umlauts decomposed (a + U+0308); they must slug like the composed ones.
  it.each(["Bär", "Öl", "Über", "Größe"])("slugs a decomposed %s like the composed one", (name) => {
    expect(topicSlug(name.normalize("NFD"))).toBe(topicSlug(name.normalize("NFC")));
  });
});

describe("topicPath", () => {
  it("builds the one URL form of a topic", () => {
    expect(topicPath("social-media")).toBe("/topics/social-media/");
  });
});

describe("postTopicSlugs", () => {
  it("keeps each topic once, in order, and drops tags without a slug", () => {
    expect(postTopicSlugs(["Social Media", "SEO", "social-media", "!!!"])).toEqual(["social-media", "seo"]);
  });
});

describe("groupByTopic", () => {
  it("merges spellings that share a slug into one topic", () => {
    const posts = [makePost("a", "Social Media"), makePost("b", "social-media"), makePost("c", " Social  Media! ")];
    expect(summarise(posts)).toEqual([{ slug: "social-media", name: "Social Media", posts: ["a", "b", "c"] }]);
  });

  it("counts a post once when it lists two spellings of one topic", () => {
    const posts = [makePost("a", "Social Media", "social-media")];
    expect(summarise(posts)).toEqual([{ slug: "social-media", name: "Social Media", posts: ["a"] }]);
  });

  it("names a topic after its most used spelling, not its first", () => {
    const posts = [makePost("a", "social-media"), makePost("b", "Social Media"), makePost("c", "Social Media")];
    expect(summarise(posts)[0]?.name).toBe("Social Media");
  });

  it("names a topic after its earliest spelling on a tie, without surrounding spaces", () => {
    const posts = [makePost("a", " SEO "), makePost("b", "seo")];
    expect(summarise(posts)[0]?.name).toBe("SEO");
  });

  it("sorts topics by post count, then by name", () => {
    const posts = [
      makePost("a", "SEO", "Newsletter"),
      makePost("b", "Analytics"),
      makePost("c", "SEO", "Newsletter"),
      makePost("d", "Zahlen"),
    ];
    expect(summarise(posts).map((topic) => topic.name)).toEqual(["Newsletter", "SEO", "Analytics", "Zahlen"]);
  });

  it("keeps the order of the posts within a topic", () => {
    const posts = [makePost("newest", "SEO"), makePost("middle", "seo"), makePost("oldest", "SEO")];
    expect(summarise(posts)[0]?.posts).toEqual(["newest", "middle", "oldest"]);
  });

  it("ignores tags that have no slug", () => {
    expect(summarise([makePost("a", "!!!", "SEO")])).toEqual([{ slug: "seo", name: "SEO", posts: ["a"] }]);
  });

  it("returns no topics for no posts", () => {
    expect(groupByTopic([])).toEqual([]);
  });
});
