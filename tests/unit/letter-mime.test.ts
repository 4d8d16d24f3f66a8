/**
 * The letter as it travels: a MIME message read back as a mail program would, with its
 * headers, a plain-text and an HTML part that say the same, nothing loaded from anywhere
 * and no link that follows who clicks it.
 */
import { describe, expect, it } from "vitest";
import { buildLetterMessage, newMessageId } from "../../functions/letter/mime";
import { renderHtml } from "../../functions/letter/render-html";
import { renderText } from "../../functions/letter/render-text";
import { writeLetter } from "../../functions/letter/write";
import { siteConfig } from "../../site.config";
import { sampleLetterContent } from "../support/letter-content";
import { parseMime } from "../support/mime";

const origin = new URL(siteConfig.url).origin;
const addresses = { from: "brief@resonanz.example", to: "alex@example.org" };

function send(lang: "de" | "en", content = sampleLetterContent()) {
  const letter = writeLetter(content, lang);
  const raw = buildLetterMessage({
    ...addresses,
    subject: letter.subject,
    text: renderText(letter),
    html: renderHtml(letter, lang),
    messageId: "<0b1f@resonanz.example>",
    date: new Date("2026-11-30T06:00:05Z"),
  });
  return { letter, raw, message: parseMime(raw) };
}

describe("the letter's MIME message", () => {
  it("has the headers a mail program needs, the subject in the site's language", () => {
    const { message, letter } = send("de");
    expect(message.headers.get("from")).toMatch(/<brief@resonanz\.example>$/);
    expect(message.headers.get("to")).toBe("<alex@example.org>");
    expect(message.headers.get("subject")).toBe(letter.subject);
    expect(letter.subject).toContain("23.11.2026 bis 29.11.2026");
    expect(message.headers.get("message-id")).toBe("<0b1f@resonanz.example>");
    expect(message.headers.get("mime-version")).toBe("1.0");
    expect(message.headers.get("content-type")).toMatch(/^multipart\/alternative;/);
    expect(Date.parse(message.headers.get("date") ?? "")).toBe(Date.parse("2026-11-30T06:00:05Z"));
  });

  it("carries a plain-text and an HTML part that tell the same week", () => {
    const { message } = send("en");
    const types = message.parts.map((part) => part.headers.get("content-type"));
    expect(types).toEqual(["text/plain; charset=UTF-8", "text/html; charset=UTF-8"]);
    const [text = "", html = ""] = message.parts.map((part) => part.body);
    for (const body of [text, html.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")]) {
      expect(body).toContain("340 engaged reads (+70%), 1,200 visitors (+20%), 14 responses (new).");
      expect(body).toContain("“SEO <Basics> & more” is rising: +195% engaged reads per post-day");
      expect(body).toContain("95 % interval of the ratio: 1.80× to 4.60×.");
      expect(body).toContain("Readers of “LinkedIn” from Social media become engaged readers 1.90× as often");
      expect(body).toContain("“SEO <Basics> & more”: Search engines, 120 engaged reads, 4 responses.");
      expect(body).toContain("issue-12 (Email): 3 posts, 150 engaged reads, 6 goals, 2 comments.");
      expect(body).toContain("3 comments are waiting for approval.");
    }
    // The topic's name is text in the HTML, not markup.
    expect(html).toContain("SEO &lt;Basics&gt; &amp; more");
    expect(html).not.toContain("<Basics>");
  });

  it("loads nothing from anywhere and links only to the site, without tracking", () => {
    const { message } = send("de");
    const [text = "", html = ""] = message.parts.map((part) => part.body);
    expect(html).not.toMatch(/<img|<link|<script|<iframe|<object|<video|<audio|background=|url\(|@import/i);
    expect(html).not.toMatch(/\ssrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&"));
    const textLinks = [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
    expect(hrefs.length).toBeGreaterThan(3);
    expect(new Set(hrefs)).toEqual(new Set(textLinks));
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.origin).toBe(origin);
      expect(url.pathname.startsWith("/dashboard/")).toBe(true);
      // Only the period a link shows; no utm_, id or token that would tell who clicked.
      expect([...url.searchParams.keys()].every((key) => key === "from" || key === "to")).toBe(true);
    }
  });

  it("says a quiet week in one line instead of empty sections", () => {
    const quiet = sampleLetterContent({
      findings: [],
      trends: [],
      bestChannels: [],
      campaigns: [],
      waitingComments: 0,
    });
    const { message } = send("en", quiet);
    const text = message.parts[0]?.body ?? "";
    expect(text).toContain("A quiet week: nothing goes beyond the usual ups and downs");
    expect(text).not.toContain("What matters");
    expect(text.split("\n").filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(6);
  });

  it("names its Message-ID on the sender's domain", () => {
    expect(newMessageId("brief@resonanz.example")).toMatch(/^<[0-9a-f-]{36}@resonanz\.example>$/);
  });
});
