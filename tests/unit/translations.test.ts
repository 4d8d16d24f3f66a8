import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/lib/post-schema";
import { pairTranslations, TranslationError } from "../../src/lib/translations";

type Lang = "de" | "en";

function post(id: string, lang: Lang | undefined, translationOf?: string) {
  return { id, data: { lang, translationOf } };
}

describe("pairTranslations", () => {
  it("links a post and the post it translates both ways", () => {
    const pairs = pairTranslations([post("hallo", "de"), post("hello", "en", "hallo"), post("alone", "en")], "de");
    expect([...pairs]).toEqual([
      ["hello", "hallo"],
      ["hallo", "hello"],
    ]);
  });

  it("takes a post without `lang` to be in the site language", () => {
    expect(pairTranslations([post("hallo", undefined), post("hello", "en", "hallo")], "de").get("hallo")).toBe("hello");
  });

  it("accepts a pair that names each other", () => {
    const pairs = pairTranslations([post("hallo", "de", "hello"), post("hello", "en", "hallo")], "de");
    expect(pairs.get("hallo")).toBe("hello");
  });

  it.each([
    {
      problem: "a slug that names no post",
      posts: [post("hello", "en", "hallo")],
      message: 'content/posts/hello: translationOf names "hallo", but there is no post with that slug',
    },
    {
      problem: "a post in the same language",
      posts: [post("hallo", "de"), post("servus", undefined, "hallo")],
      message: 'content/posts/servus: translationOf names "hallo", which is in the same language (de)',
    },
    {
      problem: "the post itself",
      posts: [post("hello", "en", "hello")],
      message: "content/posts/hello: translationOf names the post itself",
    },
    {
      problem: "a second translation of one post",
      posts: [post("hallo", "de"), post("hello", "en", "hallo"), post("hi", "en", "hallo")],
      message: 'content/posts/hallo has two translations, "hello" and "hi": a post has at most one',
    },
  ])("stops the build on $problem, naming the post", ({ posts, message }) => {
    expect(() => pairTranslations(posts, "de")).toThrow(new TranslationError(message));
  });
});

describe("the frontmatter fields series and translationOf", () => {
  const base = { title: "T", description: "D", pubDate: "2026-03-14", tags: ["Analytics"] };

  it("accepts a series name and a slug", () => {
    expect(
      postSchema.parse({ ...base, series: "Newsletter, der wirkt", translationOf: "who-shared-my-post" }),
    ).toMatchObject({ series: "Newsletter, der wirkt", translationOf: "who-shared-my-post" });
  });

  it.each([
    { field: "series", value: "" },
    { field: "series", value: "x".repeat(81) },
    { field: "translationOf", value: "posts/who-shared-my-post" },
    { field: "translationOf", value: "two words" },
  ])("rejects $field = $value and names the field", ({ field, value }) => {
    const result = postSchema.safeParse({ ...base, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});
