import type { WrittenLetter } from "./write";

/** The plain-text part: what every mail program shows, and what the HTML part says too. */
export function renderText(letter: WrittenLetter): string {
  const lines = letter.weekLine ? [letter.intro, "", letter.weekLine] : [letter.intro];
  if (letter.quiet) lines.push("", letter.quiet);
  for (const section of letter.sections) {
    lines.push("", section.heading, "-".repeat(section.heading.length));
    for (const item of section.items) {
      lines.push(`- ${item.text}`);
      if (item.detail) lines.push(`  ${item.detail}`);
      if (item.link) lines.push(`  ${item.link.label}: ${item.link.href}`);
    }
  }
  lines.push("", `${letter.dashboard.label}: ${letter.dashboard.href}`, "", "-- ", letter.footer);
  return `${lines.join("\n")}\n`;
}
