import { describe, expect, it } from "vitest";
import { findSeriesPlace, groupSeries } from "../../src/lib/series";
import { tableOfContents } from "../../src/lib/table-of-contents";

function post(id: string, pubDate: string, series?: string) {
  return { id, data: { pubDate: new Date(pubDate), series } };
}

describe("groupSeries", () => {
  const posts = [
    post("third", "2026-03-01", "Newsletter-Serie"),
    post("none", "2026-02-15"),
    post("first", "2026-01-01", "Newsletter-Serie"),
    post("second", "2026-02-01", "newsletter serie"),
  ];

  it("joins spellings that slug alike and orders the parts by date, oldest first", () => {
    expect(groupSeries(posts)).toEqual([
      { slug: "newsletter-serie", name: "Newsletter-Serie", posts: [posts[2], posts[3], posts[0]] },
    ]);
  });

  it("finds a post's part number, and nothing for a post outside every series", () => {
    const series = groupSeries(posts);
    expect(findSeriesPlace(posts[3] ?? post("x", "2026-01-01"), series)?.part).toBe(2);
    expect(findSeriesPlace(posts[1] ?? post("x", "2026-01-01"), series)).toBeUndefined();
  });
});

describe("tableOfContents", () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it("lists the second-level headings once there are three", () => {
    expect(tableOfContents([h(2, "a"), h(3, "a1"), h(2, "b"), h(2, "c")]).map((entry) => entry.slug)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("lists nothing for two sections, however many subsections they have", () => {
    expect(tableOfContents([h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")])).toEqual([]);
  });
});
