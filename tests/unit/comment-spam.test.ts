import { describe, expect, it } from "vitest";
import { countLinks, findSpamReason } from "../../functions/comments/spam";

const config = { blockedWords: ["viagra", "crypto giveaway", "  "], maxLinks: 2 };

function comment(overrides: Partial<Parameters<typeof findSpamReason>[0]> = {}) {
  return { name: "Ada", text: "A thoughtful reply.", honeypot: "", tooFast: false, ...overrides };
}

describe("countLinks", () => {
  it.each([
    { text: "no links here", links: 0 },
    { text: "https://example.com", links: 1 },
    { text: "http://a.example and https://b.example", links: 2 },
    { text: "www.example.com", links: 1 },
    { text: "WWW.EXAMPLE.COM and HTTP://X.EXAMPLE", links: 2 },
    // One address is one link, whether or not it is written with its scheme.
    { text: "https://www.example.com", links: 1 },
    { text: "https://www.a.example and https://www.b.example", links: 2 },
    { text: "javascript:alert(1)", links: 0 },
    { text: "www.", links: 0 },
    { text: "the www.is word", links: 0 },
  ])("counts $links in $text", ({ text, links }) => {
    expect(countLinks(text)).toBe(links);
  });

  it("gives the same count on every call (a global pattern keeps no state between calls)", () => {
    const text = "https://a.example https://b.example";
    expect([countLinks(text), countLinks(text), countLinks(text)]).toEqual([2, 2, 2]);
  });
});

describe("findSpamReason", () => {
  it("lets an ordinary comment through", () => {
    expect(findSpamReason(comment(), config)).toBeNull();
  });

  it.each([
    { case: "a filled honeypot", overrides: { honeypot: "bot@example.com" }, reason: "honeypot" },
    { case: "a form sent too fast", overrides: { tooFast: true }, reason: "too-fast" },
    {
      case: "three links",
      overrides: { text: "https://a.example https://b.example https://c.example" },
      reason: "links",
    },
    { case: "a blocked word in the text", overrides: { text: "Cheap VIAGRA here" }, reason: "blocked-word" },
    { case: "a blocked word in the name", overrides: { name: "Viagra Shop" }, reason: "blocked-word" },
    {
      case: "a blocked word in the website",
      overrides: { website: "https://viagra.example" },
      reason: "blocked-word",
    },
    { case: "a blocked phrase", overrides: { text: "Join our Crypto Giveaway now" }, reason: "blocked-word" },
    // The honeypot is the surest signal, so it wins over the others.
    { case: "a honeypot and too fast", overrides: { honeypot: "x", tooFast: true }, reason: "honeypot" },
  ])("sends $case to spam", ({ overrides, reason }) => {
    expect(findSpamReason(comment(overrides), config)).toBe(reason);
  });

  it.each([
    { case: "two links", overrides: { text: "https://a.example and https://b.example" } },
    { case: "two links written with www", overrides: { text: "https://www.a.example and https://www.b.example" } },
    { case: "a honeypot of spaces", overrides: { honeypot: "   " } },
    { case: "a blank blocked word, which would match everything", overrides: { text: "two  spaces" } },
    { case: "a website with no blocked word", overrides: { website: "https://example.com" } },
  ])("does not send $case to spam", ({ overrides }) => {
    expect(findSpamReason(comment(overrides), config)).toBeNull();
  });

  it("follows the configured link limit", () => {
    const text = "https://a.example";
    expect(findSpamReason(comment({ text }), { ...config, maxLinks: 0 })).toBe("links");
    expect(findSpamReason(comment({ text }), { ...config, maxLinks: 1 })).toBeNull();
  });
});
