/**
 * The posts and pages an export becomes: slug, frontmatter and Markdown for each, before any
 * image is fetched or any file written. Pure apart from reading the content folder.
 */
import type { SiteLanguage } from "../../shared/languages.ts";
import { isReservedPageSlug } from "../../shared/urls.ts";
import { isPublished } from "../../src/lib/posts.ts";
import { convertBody, describe, plainTitle } from "./body/index.ts";
import type { PageFrontmatter, PostFrontmatter } from "./content-file.ts";
import { dispositionOf } from "./disposition.ts";
import { type ExistingFile, readExistingContent } from "./existing-content.ts";
import { assignSlugs } from "./slugs.ts";
import { postDescription, postTitle } from "./titles.ts";
import { topicsOf } from "./topics.ts";
import type { WxrExport, WxrItem } from "./wxr.ts";

export interface PlannedEntry {
  kind: "post" | "page";
  item: WxrItem;
  slug: string;
  /** Relative to the content folder: "posts/<slug>.md" or "pages/<slug>.md". */
  file: string;
  draft: boolean;
  frontmatter: PostFrontmatter | PageFrontmatter;
  markdown: string;
  images: { url: string; alt: string }[];
  /** Shortcodes left in the text, with their line in `markdown`. */
  shortcodes: { text: string; line: number }[];
  /** What the import changed beyond converting, for the report. */
  notes: string[];
  /** The file an earlier import wrote for this item, if any. */
  existing: ExistingFile | undefined;
}

/**
 * Whether the site shows the entry now: not a draft, and dated no later than now, by the
 * site's own rule (src/lib/posts.ts); a scheduled post appears with the first build after its date.
 */
export function isPublishedNow(entry: PlannedEntry): boolean {
  const data = { pubDate: new Date(entry.item.date), draft: entry.draft };
  return isPublished({ id: entry.slug, data }, { now: new Date(), includeDrafts: false });
}

export interface SkippedItem {
  id: number;
  title: string;
  reason: string;
}

export interface EntriesPlan {
  entries: PlannedEntry[];
  skipped: SkippedItem[];
  /** Items of types the blog does not have (menus, reusable blocks, …), counted by type. */
  otherTypes: Record<string, number>;
  attachments: number;
}

/** Whether the export has posts by more than one author: then each post names its own. */
function hasSeveralAuthors(items: readonly WxrItem[]): boolean {
  return new Set(items.filter((item) => item.type === "post").map((item) => item.creator)).size > 1;
}

function authorName(data: WxrExport, login: string): string {
  return data.authors.find((author) => author.login === login)?.displayName.trim() || login;
}

function isoDate(text: string): string {
  return new Date(text).toISOString();
}

interface EntryContext {
  data: WxrExport;
  lang: SiteLanguage;
  severalAuthors: boolean;
}

function planEntry(context: EntryContext, item: WxrItem, kind: "post" | "page", draft: boolean) {
  const { data, lang } = context;
  const body = convertBody(item.content, { lang });
  const notes: string[] = [];
  const titled = postTitle(plainTitle(item.title), new Date(item.date), lang);
  if (titled.note) notes.push(titled.note);
  const description = postDescription(describe(item.excerpt, body.markdown), titled.title);
  const common = {
    title: titled.title,
    description,
    lang,
    draft: draft ? (true as const) : undefined,
    wordpressId: item.id,
  };
  if (kind === "page") return { body, notes, frontmatter: common };
  const topics = topicsOf(item.terms, lang);
  if (topics.note) notes.push(topics.note);
  if (item.sticky) notes.push("sticky on WordPress: listed by its date here");
  const format = item.terms.find((term) => term.domain === "post_format");
  if (format) notes.push(`post format "${format.name}": imported as a plain post`);
  const pubDate = isoDate(item.date);
  const modified = item.modified === "" ? undefined : isoDate(item.modified);
  const frontmatter: PostFrontmatter = {
    title: common.title,
    description: common.description,
    pubDate,
    updatedDate: modified && modified > pubDate ? modified : undefined,
    tags: topics.tags,
    lang,
    draft: common.draft,
    comments: item.commentStatus === "closed" ? "closed" : undefined,
    author: context.severalAuthors ? authorName(data, item.creator) : undefined,
    wordpressId: item.id,
  };
  return { body, notes, frontmatter };
}

async function planKind(context: EntryContext, kind: "post" | "page", contentFolder: string): Promise<PlannedEntry[]> {
  const { data } = context;
  const items = data.items.flatMap((item) => {
    const disposition = dispositionOf(item);
    return disposition.kind === kind ? [{ item, draft: disposition.draft }] : [];
  });
  const folder = kind === "post" ? "posts" : "pages";
  const existing = await readExistingContent(contentFolder, folder, new Set(items.map(({ item }) => item.id)));
  const kept = new Map([...existing.byWordpressId].map(([id, file]) => [id, file.slug]));
  const fresh = items.filter(({ item }) => !kept.has(item.id)).map(({ item }) => item);
  const slugs = assignSlugs(fresh, new Set([...existing.takenSlugs, ...kept.values()]), (slug) =>
    kind === "page" ? isReservedPageSlug(slug) : false,
  );
  return items.map(({ item, draft }) => {
    const slug = kept.get(item.id) ?? slugs.get(item.id) ?? `${kind}-${item.id}`;
    const planned = planEntry(context, item, kind, draft);
    return {
      kind,
      item,
      slug,
      file: existing.byWordpressId.get(item.id)?.file ?? `${folder}/${slug}.md`,
      draft,
      frontmatter: planned.frontmatter,
      markdown: planned.body.markdown,
      images: planned.body.images,
      shortcodes: planned.body.shortcodes,
      notes: planned.notes,
      existing: existing.byWordpressId.get(item.id),
    };
  });
}

export async function planEntries(data: WxrExport, contentFolder: string, lang: SiteLanguage): Promise<EntriesPlan> {
  const skipped: SkippedItem[] = [];
  const otherTypes: Record<string, number> = {};
  let attachments = 0;
  for (const item of data.items) {
    const disposition = dispositionOf(item);
    if (disposition.kind === "skipped") {
      skipped.push({ id: item.id, title: plainTitle(item.title), reason: disposition.reason });
    } else if (disposition.kind === "other") {
      otherTypes[disposition.type] = (otherTypes[disposition.type] ?? 0) + 1;
    } else if (disposition.kind === "attachment") {
      attachments++;
    }
  }
  const context = { data, lang, severalAuthors: hasSeveralAuthors(data.items) };
  const entries = [
    ...(await planKind(context, "post", contentFolder)),
    ...(await planKind(context, "page", contentFolder)),
  ];
  return { entries, skipped, otherTypes, attachments };
}
