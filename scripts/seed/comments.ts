/**
 * Demo comments: a few readers of open posts leave one, the author approves most and
 * answers some; recent ones still wait in the queue, and a little spam is caught.
 */
import type { comments } from "../../functions/db/schema.ts";
import { siteConfig } from "../../site.config.ts";
import { chance, integerBetween, pickOne, type Random } from "../lib/random.ts";
import { authorReplies, readerNames, readerTexts, spamTexts } from "./comment-texts.ts";
import type { DemoPage } from "./pages.ts";

export type CommentRow = typeof comments.$inferInsert;

const hourMs = 60 * 60 * 1000;

/** Hands out comment ids, so that replies can name their parent inside one insert. */
export interface CommentIds {
  next(): number;
}

export function createCommentIds(lastUsed: number): CommentIds {
  let last = lastUsed;
  return { next: () => ++last };
}

function pickStatus(random: Random, ageMs: number): CommentRow["status"] {
  if (chance(random, 0.04)) return "spam";
  // The author moderates in batches, so the last two weeks still have a queue; a few older ones were overlooked.
  if (ageMs < 14 * 24 * hourMs) return chance(random, 0.6) ? "pending" : "approved";
  return chance(random, 0.94) ? "approved" : "pending";
}

/** A reader's comment on `page` at `createdAt`, and sometimes the author's answer; none after `nowMs`. */
export function writeComments(
  random: Random,
  page: DemoPage,
  createdAt: number,
  nowMs: number,
  ids: CommentIds,
): CommentRow[] {
  if (!page.slug || !page.commentsOpen || createdAt >= nowMs) return [];
  const status = pickStatus(random, nowMs - createdAt);
  const approvedAt = status === "approved" ? Math.min(nowMs, createdAt + integerBetween(random, 1, 30) * hourMs) : null;
  const comment: CommentRow = {
    id: ids.next(),
    postSlug: page.slug,
    name: status === "spam" ? "SEO Expert" : pickOne(random, readerNames[page.lang]),
    text: status === "spam" ? pickOne(random, spamTexts) : pickOne(random, readerTexts[page.lang]),
    status,
    spamReason: status === "spam" ? "links" : null,
    createdAt,
    approvedAt,
  };
  if (approvedAt === null || !chance(random, 0.3) || approvedAt + hourMs > nowMs) return [comment];
  const repliedAt = Math.min(nowMs - 1, approvedAt + integerBetween(random, 1, 20) * hourMs);
  const reply: CommentRow = {
    id: ids.next(),
    postSlug: page.slug,
    parentId: comment.id ?? null,
    name: siteConfig.author,
    text: pickOne(random, authorReplies[page.lang]),
    status: "approved",
    byAuthor: true,
    createdAt: repliedAt,
    approvedAt: repliedAt,
  };
  return [comment, reply];
}
