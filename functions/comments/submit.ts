import { eq } from "drizzle-orm";
import { HTTPException } from "hono/http-exception";
import { postPath } from "../../shared/urls";
import { dayMs, utcDay } from "../../shared/utc-day";
import { type CommentsConfig, commentsConfig } from "../../site.config";
import { randomHex, sha256Hex } from "../crypto";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { deleteComment, findPost, findReplyTarget } from "../queries/comments";
import type { NewComment } from "../schemas/comment";
import { computeClientHash } from "./client-hash";
import { checkFormToken } from "./form-token";
import { areCommentsOpen } from "./policy";
import { insertWithinLimit, secondsUntilAllowed, tooManyComments } from "./rate-limit";
import { findSpamReason } from "./spam";
import type { CommentNotice } from "./webhook";

export const deleteLinkLifetimeMs = dayMs;

export interface SubmitContext {
  now: Date;
  ip: string;
  /** Syncs the post catalog, for a post published since the cron last did. */
  loadCatalog?: (db: Database) => Promise<void>;
  /** Set when Turnstile is configured: checks the widget's token. */
  verifyTurnstile?: (token: string | undefined) => Promise<boolean>;
  /** Runs after the comment is stored (the webhook), without delaying or failing the answer. */
  afterStored?: (notice: CommentNotice) => void;
  config?: CommentsConfig;
}

export interface SubmitResult {
  id: number;
  post: string;
  status: "pending" | "approved" | "spam";
  deleteToken: string;
}

export function hashDeleteToken(token: string): Promise<string> {
  return sha256Hex(`delete\n${token}`);
}

/** The post, syncing the catalog once when the posts table does not know it yet. */
async function findPostSyncing(db: Database, slug: string, context: SubmitContext) {
  const post = await findPost(db, slug);
  if (post || !context.loadCatalog) return post;
  await context.loadCatalog(db);
  return findPost(db, slug);
}

/**
 * Checks and stores one reader comment. Throws HTTPException 400 (bad input,
 * naming the field), 403 (comments closed) or 429 (rate limit, with Retry-After).
 * Spam is stored in the spam queue and answered like any other comment.
 */
export async function submitComment(db: Database, input: NewComment, context: SubmitContext): Promise<SubmitResult> {
  const config = context.config ?? commentsConfig;
  const post = await findPostSyncing(db, input.post, context);
  if (!post) throw new HTTPException(400, { message: "post: no published post with this name" });
  if (!areCommentsOpen(post, context.now, config)) {
    throw new HTTPException(403, { message: "Comments on this post are closed." });
  }
  const token = await checkFormToken(db, input.token, post.slug, context.now);
  if (token === "invalid")
    throw new HTTPException(400, { message: "token: the form is invalid; please reload the page" });
  if (token === "expired")
    throw new HTTPException(400, { message: "token: the form has expired; please reload the page" });
  if (context.verifyTurnstile && !(await context.verifyTurnstile(input.turnstileToken))) {
    throw new HTTPException(400, { message: "turnstile: the anti-spam check failed; please try again" });
  }
  if (input.parent !== undefined && !(await findReplyTarget(db, post.slug, input.parent))) {
    throw new HTTPException(400, { message: "parent: replies can only answer a published top-level comment" });
  }
  const clientHash = await computeClientHash(db, context.ip, utcDay(context.now));
  const spamReason = findSpamReason(
    {
      text: input.text,
      name: input.name,
      website: input.website,
      honeypot: `${input.trap}${input.email}`,
      tooFast: token === "too-fast",
    },
    config,
  );
  const status = spamReason ? "spam" : config.autoApprove ? "approved" : "pending";
  const deleteToken = randomHex(32);
  const id = await insertWithinLimit(db, {
    postSlug: post.slug,
    parentId: input.parent ?? null,
    name: input.name,
    website: input.website ?? null,
    text: input.text,
    status,
    spamReason,
    createdAt: context.now.getTime(),
    approvedAt: status === "approved" ? context.now.getTime() : null,
    clientHash,
    deleteTokenHash: await hashDeleteToken(deleteToken),
    deleteTokenExpiresAt: context.now.getTime() + deleteLinkLifetimeMs,
  });
  if (id === undefined) throw tooManyComments(await secondsUntilAllowed(db, clientHash, context.now));
  if (status !== "spam") {
    const notice = { postTitle: post.title, postUrl: postPath(post.slug), name: input.name, text: input.text, status };
    try {
      context.afterStored?.(notice);
    } catch (error) {
      // The comment is stored; a failing notification must not turn that into an error for the reader.
      console.error("after-comment hook failed", error);
    }
  }
  return { id, post: post.slug, status, deleteToken };
}

/** Deletes a reader's own comment with the private token from the moment it was posted. */
export async function deleteOwnComment(db: Database, id: number, token: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ postSlug: comments.postSlug, hash: comments.deleteTokenHash, expiresAt: comments.deleteTokenExpiresAt })
    .from(comments)
    .where(eq(comments.id, id));
  if (!row?.hash || row.expiresAt === null || row.expiresAt < now.getTime()) return null;
  if ((await hashDeleteToken(token)) !== row.hash) return null;
  await deleteComment(db, id);
  return row.postSlug;
}
