import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/lib/post-schema";

function validFrontmatter(): Record<string, unknown> {
  return {
    title: "Ein Titel",
    description: "Eine Beschreibung.",
    pubDate: "2026-03-14",
    tags: ["Social Media"],
  };
}

describe("postSchema", () => {
  it("accepts minimal frontmatter and fills the defaults", () => {
    const post = postSchema.parse(validFrontmatter());
    expect(post).toMatchObject({ draft: false, comments: "open" });
    expect(post.pubDate).toEqual(new Date("2026-03-14"));
  });

  it.each([
    { field: "title", value: "" },
    { field: "title", value: "x".repeat(121) },
    { field: "description", value: undefined },
    { field: "pubDate", value: "not a date" },
    { field: "tags", value: [] },
    { field: "lang", value: "fr" },
    { field: "comments", value: "maybe" },
    { field: "draft", value: "yes" },
    { field: "updatedDate", value: "2026-01-01" },
    { field: "card", value: "" },
    { field: "cardAlt", value: "x".repeat(201) },
  ])("rejects $field = $value and names the field", ({ field, value }) => {
    const result = postSchema.safeParse({ ...validFrontmatter(), [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});
