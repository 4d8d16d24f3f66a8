import { describe, expect, it } from "vitest";
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
