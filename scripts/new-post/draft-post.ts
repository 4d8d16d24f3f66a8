/**
 * A new draft post for `npm run new`: its slug (the title slugged as topics are, made unique
 * against the files already there) and its file text, checked against the site's own
 * frontmatter schema, so that a new draft never fails the build.
 */
import { parse } from "yaml";
import type { SiteLanguage } from "../../shared/languages.ts";
import { postSchema } from "../../src/lib/post-schema.ts";
import { slugify } from "../../src/lib/topics.ts";

export interface DraftPost {
  title: string;
  lang: SiteLanguage;
  tags: string[];
  /** `YYYY-MM-DD`: the day the draft is written; the author moves it to schedule the post. */
  pubDate: string;
}

/** A post file's slug is its name without `.md` or `.mdx`; a second "Über uns" becomes "ueber-uns-2". */
export function chooseSlug(title: string, existingFiles: readonly string[]): string {
  const base = slugify(title);
  const taken = new Set(
    existingFiles.filter((file) => /\.mdx?$/.test(file)).map((file) => file.replace(/\.mdx?$/, "")),
  );
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}

const placeholders: Record<SiteLanguage, { description: string; body: string }> = {
  de: {
    description: "Worum es geht, in ein oder zwei Sätzen (für Suchmaschinen und Feeds).",
    body: "Hier beginnt der Text.",
  },
  en: {
    description: "What it is about, in one or two sentences (for search engines and feeds).",
    body: "Start writing here.",
  },
};

// JSON strings are YAML double-quoted scalars: a title with a colon or quotes stays one string.
const quoted = (text: string) => JSON.stringify(text);

/** The file's text, or the first frontmatter field the site would refuse (a title over 120 characters). */
export function renderDraft(draft: DraftPost): { text: string } | { error: string } {
  const placeholder = placeholders[draft.lang];
  const text = [
    "---",
    `title: ${quoted(draft.title)}`,
    `description: ${quoted(placeholder.description)}`,
    `pubDate: ${draft.pubDate}`,
    `tags: [${draft.tags.map(quoted).join(", ")}]`,
    `lang: ${draft.lang}`,
    // Drafts show under `npm run dev` only; delete this line to publish on pubDate.
    "draft: true",
    "---",
    "",
    placeholder.body,
    "",
  ].join("\n");
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
  const checked = postSchema.safeParse(parse(frontmatter));
  if (checked.success) return { text };
  const issue = checked.error.issues[0];
  return { error: `${issue?.path.join(".") || "frontmatter"}: ${issue?.message ?? "invalid"}` };
}
