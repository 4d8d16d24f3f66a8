/**
 * Markdown cut into code and prose, so that a rewrite of the prose leaves code as written: a
 * post about WordPress may well show an image's URL inside a code block or a code span.
 */
export interface MarkdownPart {
  code: boolean;
  text: string;
}

/**
 * An opening fence (CommonMark 4.5): three or more backticks (with no backtick after them on the
 * line, else it is a code span) or tildes. Indents and blockquote markers before it are allowed,
 * since turndown writes code in lists and quotes that way.
 */
const openingFence = /^[ \t>]*(`{3,}(?=[^`]*$)|~{3,})/;

/**
 * A code span (CommonMark 6.1): a run of backticks, closed by the next run of the same length,
 * within one paragraph. An escaped backtick opens none.
 */
const codeSpan = /(?<![`\\])(`+)(?!`)(?:(?!\n[ \t>]*\n)[\s\S])*?(?<!`)\1(?!`)/g;

/** Fenced blocks as code, the rest as prose; an unclosed fence runs to the end, as CommonMark says. */
function splitFencedBlocks(markdown: string): MarkdownPart[] {
  const parts: MarkdownPart[] = [];
  let prose = "";
  let block = "";
  let fence: string | undefined;
  for (const line of markdown.split(/(?<=\n)/)) {
    if (fence === undefined) {
      const opening = openingFence.exec(line)?.[1];
      if (opening === undefined) {
        prose += line;
        continue;
      }
      parts.push({ code: false, text: prose });
      prose = "";
      fence = opening;
      block = line;
      continue;
    }
    block += line;
    const closing = line.replace(/^[ \t>]*/, "").trimEnd();
    if (closing.length >= fence.length && closing === (fence[0] ?? "").repeat(closing.length)) {
      parts.push({ code: true, text: block });
      fence = undefined;
    }
  }
  parts.push(fence === undefined ? { code: false, text: prose } : { code: true, text: block });
  return parts.filter((part) => part.text !== "");
}

function splitCodeSpans(prose: string): MarkdownPart[] {
  const parts: MarkdownPart[] = [];
  let start = 0;
  for (const match of prose.matchAll(codeSpan)) {
    parts.push({ code: false, text: prose.slice(start, match.index) });
    parts.push({ code: true, text: match[0] });
    start = match.index + match[0].length;
  }
  parts.push({ code: false, text: prose.slice(start) });
  return parts.filter((part) => part.text !== "");
}

/** The Markdown in order, as code (fenced blocks, code spans) and prose; joined, it is the input. */
export function splitMarkdownCode(markdown: string): MarkdownPart[] {
  return splitFencedBlocks(markdown).flatMap((part) => (part.code ? [part] : splitCodeSpans(part.text)));
}
