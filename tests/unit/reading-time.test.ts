import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "../../src/lib/reading-time";

function makeWords(count: number): string {
  return Array.from({ length: count }, () => "Wort").join(" ");
}

describe("countWords", () => {
  it.each([
    { case: "plain prose", markdown: "Drei kleine Wörter", words: 3 },
    { case: "nothing", markdown: "", words: 0 },
    { case: "Markdown syntax alone", markdown: "---\n\n***\n\n> #", words: 0 },
    { case: "headings, emphasis and quotes", markdown: "## Titel\n\n**fett** und _kursiv_\n\n> Zitat", words: 5 },
    {
      case: "a backtick fence",
      markdown: "Vorher\n\n```ts\nconst answer = 42;\nconsole.log(answer);\n```\n\nNachher",
      words: 2,
    },
    { case: "a tilde fence", markdown: "Vorher\n\n~~~sh\nnpm run build\n~~~\n\nNachher", words: 2 },
    {
      case: "MDX import and export lines",
      markdown: 'import Chart from "../components/Chart.astro";\nexport const meta = { draft: true };\n\nNur zwei',
      words: 2,
    },
    {
      case: "an MDX import over several lines",
      markdown: 'import {\n  Chart,\n  Table,\n} from "../components";\n\nNur zwei',
      words: 2,
    },
    {
      case: "HTML and JSX tags",
      markdown: '<Chart data={[1, 2]} label="Besucher" />\n\n<p class="lead">Ein Satz</p>',
      words: 2,
    },
    {
      case: "an inline link's URL",
      markdown: "Lies [den Leitfaden](https://example.com/guide-to-things) heute",
      words: 4,
    },
    { case: "an image's URL", markdown: "![Ein Diagramm](/images/chart.png)", words: 2 },
    {
      case: "a reference link's definition",
      markdown: "Lies den [Leitfaden][1].\n\n[1]: https://example.com/guide",
      words: 3,
    },
  ])("counts $words words in $case", ({ markdown, words }) => {
    expect(countWords(markdown)).toBe(words);
  });
});

describe("readingMinutes", () => {
  it.each([
    { words: 0, minutes: 1 },
    { words: 1, minutes: 1 },
    { words: 114, minutes: 1 },
    { words: 344, minutes: 1 },
    { words: 345, minutes: 2 },
    { words: 460, minutes: 2 },
    { words: 574, minutes: 2 },
    { words: 575, minutes: 3 },
    { words: 2300, minutes: 10 },
  ])("reads $words words in $minutes min at 230 words a minute", ({ words, minutes }) => {
    expect(readingMinutes(makeWords(words))).toBe(minutes);
  });

  it("does not count the code a reader skims", () => {
    const markdown = `${makeWords(230)}\n\n\`\`\`\n${makeWords(2000)}\n\`\`\``;
    expect(readingMinutes(markdown)).toBe(1);
  });
});
