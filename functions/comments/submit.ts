import { postPath } from "../../shared/urls";
import { utcDay } from "../../shared/utc-day";
import { type CommentsConfig, commentsConfig } from "../../site.config";
import { findPageviewSource } from "../analytics/pageview-source";
import { randomHex } from "../crypto";
import type { Database } from "../env";
import { type Accepted, accept, refuse } from "../outcome";
import { findPost, findReplyTarget } from "../queries/comments";
import { hashClientOfDay } from "../request/client-hash";
import type { NewComment } from "../schemas/comment";
import { readNewComment } from "./comment-input";
import { deleteLinkLifetimeMs, hashDeleteToken } from "./delete-token";
import { checkFormToken } from "./form-token";
import { areCommentsOpen } from "./policy";
import { insertWithinLimit, secondsUntilAllowed } from "./rate-limit";
import type { CommentRefused } from "./refusals";
import { findSpamReason } from "./spam";
import { type HistoricOutcome, type HistoryContext, storeHistoricComment } from "./store-historic";
import type { CommentNotice } from "./webhook";

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

/**
 * The post, syncing the catalog once when the posts table does not know it yet. Called only
 * after the checks that cost a client nothing to fail, so that made-up names cannot make
 * every request fetch and parse the catalog.
 */
async function findPostSyncing(db: Database, slug: string, context: SubmitContext) {
  const post = await findPost(db, slug);
  if (post || !context.loadCatalog) return post;
  await context.loadCatalog(db);
  return findPost(db, slug);
}

export type SubmitOutcome = Accepted<SubmitResult> | CommentRefused;

/** The refusal of a client over the limit, with the seconds until it may comment again. */
function tooManyComments(waitSeconds: number): CommentRefused<"rate-limited"> {
  // The oldest comment may leave the window between the refused insert and the count: retry at once.
  const seconds = Math.max(1, waitSeconds);
  return refuse("rate-limited", "client", `Too many comments; please wait ${Math.ceil(seconds / 60)} minutes`, seconds);
}

/**
 * Checks and stores one reader comment, from the fields of a form or a JSON body. Refuses
 * bad input (naming the field), an unknown post, closed comments, a bad form token, a failed
 * anti-spam check, a reply to no thread and a client over the rate limit. Spam is stored in
 * the spam queue and accepted like any other comment.
 *
 * With a `history` context (an import), the same fields and the same schema, and the same
 * post and thread rules; see store-historic.ts for what history skips.
 */
export async function submitComment(
  db: Database,
  fields: Record<string, unknown>,
  context: SubmitContext,
): Promise<SubmitOutcome>;
export async function submitComment(
  db: Database,
  fields: Record<string, unknown>,
  context: HistoryContext,
): Promise<HistoricOutcome>;
export async function submitComment(
  db: Database,
  fields: Record<string, unknown>,
  context: SubmitContext | HistoryContext,
): Promise<SubmitOutcome | HistoricOutcome> {
  const read = readNewComment(fields);
  if (read.outcome === "refused") return read;
  if ("history" in context) return storeHistoricComment(db, read.comment, context);
  return submitLiveComment(db, read.comment, context);
}

async function submitLiveComment(db: Database, input: NewComment, context: SubmitContext): Promise<SubmitOutcome> {
  const config = context.config ?? commentsConfig;
  // The form token names the post, so it is checked against the name the reader sent, before the post is looked up.
  const token = await checkFormToken(db, input.token, input.post, context.now);
  if (token === "invalid") {
    return refuse("invalid-token", "token", "token: the form is invalid; please reload the page");
  }
  if (token === "expired") {
    return refuse("expired-token", "token", "token: the form has expired; please reload the page");
  }
  if (context.verifyTurnstile && !(await context.verifyTurnstile(input.turnstileToken))) {
    return refuse("turnstile", "turnstile", "turnstile: the anti-spam check failed; please try again");
  }
  const clientHash = await hashClientOfDay(db, "comments", context.ip, utcDay(context.now));
  // Checked again, atomically, when the comment is stored; this early look spares a client
  // over the limit the post lookup and the catalog sync.
  const waitSeconds = await secondsUntilAllowed(db, clientHash, context.now);
  if (waitSeconds > 0) return tooManyComments(waitSeconds);
  const post = await findPostSyncing(db, input.post, context);
  if (!post) return refuse("unknown-post", "post", "post: no published post with this name");
  if (!areCommentsOpen(post, context.now, config)) return refuse("closed", "post", "Comments on this post are closed.");
  if (input.parent !== undefined && !(await findReplyTarget(db, post.slug, input.parent))) {
    return refuse("bad-parent", "parent", "parent: replies can only answer a published top-level comment");
  }
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
  // Credited to where the reader came from; the pageId itself is not stored.
  const source = input.pageId ? await findPageviewSource(db, input.pageId, context.now) : undefined;
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
    channel: source?.channel ?? null,
    source: source?.source ?? null,
    campaign: source?.campaign ?? null,
  });
  if (id === undefined) return tooManyComments(await secondsUntilAllowed(db, clientHash, context.now));
  if (status !== "spam") {
    const notice = { postTitle: post.title, postUrl: postPath(post.slug), name: input.name, text: input.text, status };
    try {
      context.afterStored?.(notice);
    } catch (error) {
      // The comment is stored; a failing notification must not turn that into an error for the reader.
      console.error("after-comment hook failed", error);
    }
  }
  return accept({ id, post: post.slug, status, deleteToken });
}
