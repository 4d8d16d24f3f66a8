import { describe, expect, it } from "vitest";
import {
  findOldLink,
  indexOldLinks,
  oldLinkKey,
  oldLinksSchema,
  staticRedirectRules,
  staticRuleLimit,
} from "../../src/lib/old-links";

const links = oldLinksSchema.parse({
  redirects: [
    { from: "/2019/03/%c3%bcber-uns/", to: "/posts/ueber-uns/" },
    { from: "/?p=12", to: "/posts/zwoelf/" },
    { from: "/category/social-media/", to: "/topics/social-media/" },
    { from: "/impressum/", to: "/impressum/" },
  ],
});
const index = indexOldLinks(links);
const at = (address: string) => findOldLink(index, new URL(address, "https://blog.example"));

describe("old links", () => {
  it("finds an old address however a browser spells it", () => {
    for (const spelling of ["/2019/03/%C3%BCber-uns/", "/2019/03/über-uns", "/2019/03/%c3%bcber-uns/?utm_source=x"]) {
      expect(at(spelling)).toBe("/posts/ueber-uns/");
    }
    expect(oldLinkKey("/Category/Social-Media")).toBe("/category/social-media/");
  });

  it("finds WordPress's query addresses by their addressing parameter only", () => {
    expect(at("/?p=12")).toBe("/posts/zwoelf/");
    expect(at("/?utm_campaign=spring&p=12")).toBe("/posts/zwoelf/");
    expect(at("/?p=13")).toBeUndefined();
    expect(at("/")).toBeUndefined();
  });

  it("writes static rules only for what a static rule expresses and the site does not serve", () => {
    const rules = staticRedirectRules(links, (path) => path === "/impressum/");
    expect(rules).toEqual([
      "/2019/03/%c3%bcber-uns/ /posts/ueber-uns/ 301",
      "/category/social-media/ /topics/social-media/ 301",
    ]);
  });

  it("keeps to Cloudflare's limit of static rules, in the file's order", () => {
    const many = oldLinksSchema.parse({
      redirects: Array.from({ length: staticRuleLimit + 5 }, (_, n) => ({
        from: `/old-${n}/`,
        to: `/posts/new-${n}/`,
      })),
    });
    const rules = staticRedirectRules(many, () => false);
    expect(rules).toHaveLength(staticRuleLimit);
    expect(rules[0]).toBe("/old-0/ /posts/new-0/ 301");
    expect(findOldLink(indexOldLinks(many), new URL("https://blog.example/old-2004/"))).toBe("/posts/new-2004/");
  });

  it("refuses an address that is not a path of this site", () => {
    for (const from of ["https://elsewhere.example/", "//elsewhere.example/", "/with space/"]) {
      expect(oldLinksSchema.safeParse({ redirects: [{ from, to: "/" }] }).success).toBe(false);
    }
  });
});
