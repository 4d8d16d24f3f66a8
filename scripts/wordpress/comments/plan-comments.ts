/**
 * The WordPress comments an import stores, in waves: each wave's parents are stored by an
 * earlier one. Threads here are one level deep (functions/queries/comments.ts), so a deeper
 * reply joins its thread's first comment and keeps whom it answered.
 * Pingbacks, trackbacks and the trash are left out, and so are comments on what the import
 * does not publish (drafts, pages, private posts): the report counts each.
 */
import type { SiteLanguage } from "../../../shared/languages.ts";
import { commentText, plainTitle } from "../body/index.ts";
import { isPublishedNow, type PlannedEntry } from "../plan-entries.ts";
import type { WxrAuthor, WxrComment, WxrItem } from "../wxr.ts";
import type { HistoryEntry } from "./history-batch.ts";

/** A comment ready to store but for the ids (here) of the comments it hangs under. */
export interface PlannedComment {
  entry: Omit<HistoryEntry, "answers">;
  /** The WordPress id of its thread's first comment, for a reply. */
  threadStart?: number;
  /** The WordPress id of the reply it answered, when that is not the thread's first comment. */
  answers?: number;
}

export interface CommentsPlan {
  /** Wave n holds the comments n levels deep on WordPress. */
  waves: PlannedComment[][];
  skipped: Record<string, number>;
}

const anonymous: Record<SiteLanguage, string> = { de: "Anonym", en: "Anonymous" };
const maxNameLength = 80;
const maxWebsiteLength = 300;

function websiteOf(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.length > maxWebsiteLength || !URL.canParse(trimmed)) return undefined;
  return /^https?:$/.test(new URL(trimmed).protocol) ? trimmed : undefined;
}

function nameOf(author: string, lang: SiteLanguage): string {
  const name = plainTitle(author).slice(0, maxNameLength).trim();
  return name === "" ? anonymous[lang] : name;
}

function count(skipped: Record<string, number>, reason: string) {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** Why a post's comments are not stored, or undefined when they are. */
function reasonForItem(entry: PlannedEntry | undefined): string | undefined {
  if (!entry) return "on an item not imported (private, protected, trash)";
  if (entry.kind === "page") return "on a page (pages take no comments here)";
  if (entry.draft) return "on a draft";
  if (!isPublishedNow(entry)) return "on a scheduled post";
  return undefined;
}

/**
 * The comment's depth and the kept comments above it. A parent that is not kept (trashed, a
 * pingback) is passed over to its own parent; a loop in broken data ends after 100 steps.
 */
function ancestry(comment: WxrComment, all: ReadonlyMap<number, WxrComment>, kept: ReadonlySet<number>) {
  const chain: number[] = [];
  let current = all.get(comment.parent);
  for (let steps = 0; current && steps < 100; steps++) {
    if (kept.has(current.id)) chain.push(current.id);
    current = all.get(current.parent);
  }
  return { depth: chain.length, parent: chain[0], threadStart: chain.at(-1) };
}

type StoredStatus = HistoryEntry["status"];

function statusOf(approved: WxrComment["approved"]): StoredStatus | undefined {
  if (approved === "1") return "approved";
  if (approved === "0") return "pending";
  if (approved === "spam") return "spam";
  return undefined;
}

export function planComments(
  items: readonly WxrItem[],
  entries: readonly PlannedEntry[],
  authors: readonly WxrAuthor[],
  lang: SiteLanguage,
): CommentsPlan {
  const entryOf = new Map(entries.map((entry) => [entry.item.id, entry]));
  const waves: PlannedComment[][] = [];
  const skipped: Record<string, number> = {};
  for (const item of items) {
    if (item.comments.length === 0) continue;
    const entry = entryOf.get(item.id);
    const itemReason = reasonForItem(entry);
    const authorId = authors.find((author) => author.login === item.creator)?.id ?? 0;
    const kept = new Map<number, { comment: WxrComment; status: StoredStatus; text: string }>();
    for (const comment of item.comments) {
      const status = statusOf(comment.approved);
      const text = commentText(comment.content);
      if (itemReason) count(skipped, itemReason);
      else if (comment.type === "pingback" || comment.type === "trackback") count(skipped, "pingbacks and trackbacks");
      else if (!status) count(skipped, "in the trash");
      else if (text === "") count(skipped, "without text");
      else kept.set(comment.id, { comment, status, text });
    }
    if (!entry) continue;
    const all = new Map(item.comments.map((comment) => [comment.id, comment]));
    const keptIds = new Set(kept.keys());
    for (const { comment, status, text } of kept.values()) {
      const { depth, parent, threadStart } = ancestry(comment, all, keptIds);
      const website = websiteOf(comment.authorUrl);
      const planned: PlannedComment = {
        entry: {
          wordpressId: comment.id,
          fields: { post: entry.slug, name: nameOf(comment.author, lang), text, ...(website ? { website } : {}) },
          createdAt: new Date(comment.date).toISOString(),
          status,
          byAuthor: comment.userId !== 0 && comment.userId === authorId,
        },
        ...(threadStart !== undefined ? { threadStart } : {}),
        ...(parent !== undefined && parent !== threadStart ? { answers: parent } : {}),
      };
      const wave = waves[depth] ?? [];
      wave.push(planned);
      waves[depth] = wave;
    }
  }
  const byDate = (a: PlannedComment, b: PlannedComment) =>
    a.entry.createdAt.localeCompare(b.entry.createdAt) || a.entry.wordpressId - b.entry.wordpressId;
  // Array.from fills the holes a depth without comments would leave.
  return { waves: Array.from(waves, (wave) => (wave ?? []).sort(byDate)), skipped };
}
