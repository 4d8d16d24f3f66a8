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
    lines.push(isBlank ? "" : keepLineBreak(text));
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
