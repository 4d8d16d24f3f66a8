import { describe, expect, it } from "vitest";
import { countLinks, findSpamReason } from "../../functions/comments/spam";
import { toParagraphs } from "../../src/lib/comment-text";

/**
 * A comment's text goes through these transforms once when it is posted (the spam filter) and
 * once per comment whenever a page renders it; the moderation page renders up to 500. Each
 * must cost time in proportion to the text, whatever a hostile reader types.
 */
function transformAll(text: string): void {
  toParagraphs(text);
  countLinks(text);
  findSpamReason({ text, name: "Ada", honeypot: "", tooFast: false }, { blockedWords: ["viagra"], maxLinks: 2 });
}

/** The median of several runs, so that one pause of a busy machine does not decide. */
function medianMs(run: () => void, runs = 7): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.POSITIVE_INFINITY;
}

const size = 5_000;
const run = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Runs a backtracking pattern retries from every character, ended by what makes it fail.
const adversarialComments = [
  { shape: "dots after a URL, then a letter", text: `http://a${run(".")}x` },
  { shape: "closing parentheses after a URL", text: `http://a${run(")")}x` },
  { shape: "commas after a URL", text: `https://a${run(",")}x` },
  { shape: "every trailing punctuation mark", text: `http://a${run(".,;:!?)]")}x` },
  { shape: "a URL ending in 5,000 dots", text: `http://a${run(".")}` },
  { shape: "spaces after a line break", text: `a\n${run(" ")}x` },
  { shape: "tabs and spaces between line breaks", text: run("\n \t") },
  { shape: "blank lines", text: run("\n\n") },
  { shape: "5,000 characters of URLs", text: run("http://a. ") },
  { shape: "schemes without hosts", text: run("https://") },
  { shape: "www. over and over", text: run("www.") },
  { shape: "a www. host with no top-level domain", text: `www.${run("a-")}` },
  { shape: "asterisks and underscores", text: run("*_") },
];

describe("the cost of a comment's text", () => {
  // Measured on a 2-core machine: about 30–40 ms per comment before the trimming became a
  // scan (5,000 dots), now about 0.05 ms. The budget leaves room for a busy machine.
  const budgetMs = 5;

  it.each(adversarialComments)("stays under 5 ms for $shape", ({ text }) => {
    expect(text.length).toBeGreaterThanOrEqual(size);
    transformAll(text);
    expect(medianMs(() => transformAll(text))).toBeLessThan(budgetMs);
  });
});
