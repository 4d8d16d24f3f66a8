/**
 * The Markdown as the importer writes it: no trailing spaces except a line break's two, at most
 * one blank line in a row, no-break spaces as plain spaces, trimmed, and ending with a newline.
 * Lines inside fenced code are the code's own and stay as they are.
 */
export function tidyMarkdown(markdown: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      lines.push(line);
      if (fenceMatch?.[1]?.startsWith(fence) && line.trim() === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) fence = fenceMatch[1];
    const text = line.replaceAll("\u00a0", " ");
    const isBlank = text.trim() === "";
    if (isBlank && (lines.length === 0 || lines.at(-1) === "")) continue;
    lines.push(isBlank ? "" : keepLineBreak(dropNeedlessEscapes(text)));
  }
  while (lines.at(-1) === "") lines.pop();
  // A hard line break at the end of a paragraph breaks nothing.
  const tidied = lines
    .map((line, index) => (line.endsWith("  ") && (lines[index + 1] ?? "") === "" ? line.trimEnd() : line))
    .join("\n");
  return tidied === "" ? "" : `${tidied}\n`;
}

/** Turndown writes `<br>` as two trailing spaces; any other trailing whitespace is noise. */
function keepLineBreak(line: string): string {
  const trimmed = line.trimEnd();
  return line.length - trimmed.length >= 2 ? `${trimmed}  ` : trimmed;
}

/**
 * Turndown escapes "-" and "1." at the start of each text node, also where the node starts in
 * the middle of a line ("_E-Mail_\-Adresse", "[3\. März]"), where they are no list marker.
 * Inline code is left alone: its backslashes are the code's own.
 */
function dropNeedlessEscapes(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/([^\s\\])\\-/g, "$1-").replace(/([^\s\d\\])(\d+)\\\./g, "$1$2."),
    )
    .join("");
}
