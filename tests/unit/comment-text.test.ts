import { describe, expect, it } from "vitest";
import { type Segment, splitLine, toParagraphs } from "../../src/lib/comment-text";

const text = (value: string): Segment => ({ kind: "text", text: value });
const link = (value: string, href = value): Segment => ({ kind: "link", text: value, href });

describe("toParagraphs", () => {
  it.each([
    { case: "one line", input: "Hallo", paragraphs: [[[text("Hallo")]]] },
    { case: "a blank line between paragraphs", input: "one\n\ntwo", paragraphs: [[[text("one")]], [[text("two")]]] },
    { case: "several blank lines", input: "one\n\n\n\ntwo", paragraphs: [[[text("one")]], [[text("two")]]] },
    {
      case: "Windows line ends",
      input: "one\r\n\r\ntwo\r\nthree",
      paragraphs: [[[text("one")]], [[text("two")], [text("three")]]],
    },
    { case: "old Mac line ends", input: "one\r\rtwo", paragraphs: [[[text("one")]], [[text("two")]]] },
    { case: "a single line break kept as a line", input: "one\ntwo", paragraphs: [[[text("one")], [text("two")]]] },
    // A line holding only spaces looks blank to the reader who typed it.
    { case: "a blank line of spaces", input: "one\n  \ntwo", paragraphs: [[[text("one")]], [[text("two")]]] },
    { case: "blank lines around the text", input: "\n\n  one  \n\n", paragraphs: [[[text("one")]]] },
    { case: "nothing but whitespace", input: " \n\n \n", paragraphs: [] },
  ])("splits $case", ({ input, paragraphs }) => {
    expect(toParagraphs(input)).toEqual(paragraphs);
  });

  it("keeps URLs as links inside their line", () => {
    expect(toParagraphs("see\nhttps://example.com/a here")).toEqual([
      [[text("see")], [link("https://example.com/a"), text(" here")]],
    ]);
  });
});

describe("splitLine", () => {
  it.each([
    {
      case: "a bare https URL",
      line: "https://example.com/path?q=1#x",
      segments: [link("https://example.com/path?q=1#x")],
    },
    {
      case: "a bare http URL",
      line: "http://example.com",
      segments: [link("http://example.com", "http://example.com/")],
    },
    {
      case: "a URL amid text",
      line: "read https://example.com/a and http://example.org/b too",
      segments: [
        text("read "),
        link("https://example.com/a"),
        text(" and "),
        link("http://example.org/b", "http://example.org/b"),
        text(" too"),
      ],
    },
    {
      case: "upper-case scheme",
      line: "HTTPS://EXAMPLE.COM",
      segments: [link("HTTPS://EXAMPLE.COM", "https://example.com/")],
    },
  ])("links $case", ({ line, segments }) => {
    expect(splitLine(line)).toEqual(segments);
  });

  it.each([".", ",", ";", ":", "!", "?", ")", "]", ").", "?!", "...", "]:"])(
    "leaves the trailing %j out of the URL",
    (punctuation) => {
      expect(splitLine(`(see https://example.com/a${punctuation}`)).toEqual([
        text("(see "),
        link("https://example.com/a"),
        text(punctuation),
      ]);
    },
  );

  it("keeps punctuation inside a URL", () => {
    expect(splitLine("https://example.com/a.b,c;d?e=f!g")).toEqual([link("https://example.com/a.b,c;d?e=f!g")]);
  });

  it.each([
    { case: "javascript: URLs", line: "javascript:alert(1)" },
    { case: "JavaScript: in mixed case", line: "JaVaScRiPt:alert(document.cookie)" },
    { case: "data: URLs", line: "data:text/html,<script>alert(1)</script>" },
    { case: "www. without a scheme", line: "visit www.example.com today" },
    { case: "a scheme without a host", line: "https://" },
    { case: "ftp URLs", line: "ftp://example.com/file" },
    { case: "a scheme glued to a word", line: "xhttps://example.com" },
  ])("does not link $case", ({ line }) => {
    const segments = splitLine(line);
    expect(segments.filter((segment) => segment.kind === "link")).toEqual([]);
    expect(segments.map((segment) => segment.text).join("")).toBe(line);
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<b>bold</b> &amp; &lt;",
    "[click](javascript:alert(1))",
    "{{constructor.constructor('alert(1)')()}}",
  ])("keeps %j as plain text", (line) => {
    expect(splitLine(line)).toEqual([text(line)]);
  });

  it("ends a URL before markup, so an attribute cannot ride along", () => {
    expect(splitLine('https://example.com/"onmouseover="alert(1)')).toEqual([
      link("https://example.com/"),
      text('"onmouseover="alert(1)'),
    ]);
    expect(splitLine("https://example.com/<script>")).toEqual([link("https://example.com/"), text("<script>")]);
  });

  it("links only the http URL after a javascript: prefix", () => {
    expect(splitLine("javascript:https://example.com")).toEqual([
      text("javascript:"),
      link("https://example.com", "https://example.com/"),
    ]);
  });

  it("returns no segment for an empty line", () => {
    expect(splitLine("")).toEqual([]);
  });
});
