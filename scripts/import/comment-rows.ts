/**
 * Comment lines as stored comments. The fields are checked with the comment form's own
 * schema (line-schema.ts); the form's fill time, rate limit and closing rule are left out,
 * as they judge a reader at the moment of writing, not history. A comment keeps the status
 * it had; a spam comment gets the reason the spam filter would give, when it finds one.
 * No client hash and no deletion token: nobody can delete an imported comment but the author.
 */

import { findSpamReason } from "../../functions/comments/spam.ts";
import type { comments } from "../../functions/db/schema.ts";
import { commentsConfig } from "../../site.config.ts";
import { findPageview, type PageviewIndex } from "./pageview-lookup.ts";
import type { CommentRecord } from "./partition.ts";
import { type ImportReport, remark } from "./report.ts";

export type CommentRow = typeof comments.$inferInsert;

function attribution(record: CommentRecord, index: PageviewIndex, report: ImportReport) {
  const { line, number } = record;
  // The pageId only finds the pageview's channel, as for a live comment; it is not stored.
  if (line.pageId === undefined) return { channel: null, source: null, campaign: null };
  const pageview = findPageview(index, { at: line.at, pageId: line.pageId });
  if (!pageview) {
    remark(report.notices, "comment stored without channel: its pageview is in neither this file nor D1", number);
  }
  return {
    channel: pageview?.channel ?? null,
    source: pageview?.source ?? null,
    campaign: pageview?.utmCampaign ?? null,
  };
}

function spamReason(record: CommentRecord): string | null {
  const { line } = record;
  if (line.status !== "spam") return null;
  const comment = { text: line.text, name: line.name, website: line.website, honeypot: "", tooFast: false };
  return findSpamReason(comment, commentsConfig);
}

/**
 * Rows for the comments on known posts, each once: a comment is the same comment when its
 * post, time, name and text are (the key the insert also checks against D1).
 */
export function buildCommentRows(
  records: readonly CommentRecord[],
  posts: ReadonlySet<string>,
  index: PageviewIndex,
  report: ImportReport,
): CommentRow[] {
  const rows = new Map<string, CommentRow>();
  for (const record of records) {
    const { line, number } = record;
    if (!posts.has(line.post)) {
      remark(report.skipped, `comment: post "${line.post}" is not in the catalog`, number);
      continue;
    }
    const createdAt = line.at.getTime();
    const key = JSON.stringify([line.post, createdAt, line.name, line.text]);
    if (rows.has(key)) {
      report.duplicates.comment++;
      continue;
    }
    rows.set(key, {
      postSlug: line.post,
      name: line.name,
      website: line.website ?? null,
      text: line.text,
      status: line.status,
      spamReason: spamReason(record),
      byAuthor: line.byAuthor,
      createdAt,
      approvedAt: line.status === "approved" ? createdAt : null,
      ...attribution(record, index, report),
    });
  }
  return [...rows.values()];
}
