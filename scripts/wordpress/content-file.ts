/**
 * The text of an imported post or page file: YAML frontmatter, a blank line, the Markdown.
 * The same input always gives the same text, so that a second import can compare.
 */
import { stringify } from "yaml";

export interface PostFrontmatter {
  title: string;
  description: string;
  pubDate: string;
  updatedDate?: string | undefined;
  tags: string[];
  lang: string;
  draft?: true | undefined;
  comments?: "closed" | undefined;
  author?: string | undefined;
  wordpressId: number;
}

export interface PageFrontmatter {
  title: string;
  description: string;
  lang: string;
  draft?: true | undefined;
  wordpressId: number;
}

export interface ContentFile {
  text: string;
  /** The line of the file on which the Markdown's first line stands. */
  bodyLine: number;
}

function withoutUndefined(frontmatter: PostFrontmatter | PageFrontmatter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));
}

export function renderContentFile(frontmatter: PostFrontmatter | PageFrontmatter, markdown: string): ContentFile {
  // lineWidth 0: a long title stays on one line, as an author would write it. Every string
  // quoted: a tag named "yes" or "2019" stays a string for any YAML reader.
  const yaml = stringify(withoutUndefined(frontmatter), {
    lineWidth: 0,
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
  });
  const head = `---\n${yaml}---\n`;
  const bodyLine = head.split("\n").length + 1;
  return { text: markdown === "" ? head : `${head}\n${markdown}`, bodyLine };
}
