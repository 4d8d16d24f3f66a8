import { describe, expect, it } from "vitest";
import { replyAsAuthor } from "../../functions/comments/author-reply";
import { deleteOwnComment } from "../../functions/comments/delete-own";
import { deleteLinkLifetimeMs, hashDeleteToken } from "../../functions/comments/delete-token";
import { issueFormToken } from "../../functions/comments/form-token";
import { type ModerationAction, moderateComment } from "../../functions/comments/moderate";
import { commentLimit } from "../../functions/comments/rate-limit";
import { type SubmitContext, submitComment } from "../../functions/comments/submit";
import { commentsConfig } from "../../site.config";
import { countComments, findComment, insertComment, insertPost } from "./support/comments";
import { openDatabase } from "./support/events";

const servedAt = new Date(Date.UTC(2026, 0, 20, 9));
const sentAt = new Date(servedAt.getTime() + 10_000);
const context: SubmitContext = { now: sentAt, ip: "203.0.113.7" };

async function fields(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const post = typeof overrides["post"] === "string" ? overrides["post"] : "hello-world";
  const token = await issueFormToken(openDatabase(), post, servedAt);
  return { post, name: "Ada", text: "Well said.", token, ...overrides };
}

describe("submitComment: each refusal", () => {
  it.each([
    { reason: "invalid-name", field: "name", input: { name: " " } },
    { reason: "invalid-website", field: "website", input: { website: "ftp://example.org" } },
    { reason: "invalid-text", field: "text", input: { text: "" } },
    { reason: "invalid-input", field: "parent", input: { parent: "first" } },
    { reason: "unknown-post", field: "post", input: { post: "no-such-post" } },
    { reason: "invalid-token", field: "token", input: { token: "forged" } },
    { reason: "bad-parent", field: "parent", input: { parent: 424_242 } },
  ])("refuses $reason, naming $field", async ({ reason, field, input }) => {
    await insertPost();
    const outcome = await submitComment(openDatabase(), await fields(input), context);
    expect(outcome).toMatchObject({ outcome: "refused", reason, field, message: expect.stringMatching(`^${field}: `) });
    expect(await countComments()).toBe(0);
  });

  it("refuses an expired form as expired-token", async () => {
    await insertPost();
    const later = { ...context, now: new Date(servedAt.getTime() + 25 * 60 * 60 * 1000) };
    expect(await submitComment(openDatabase(), await fields(), later)).toMatchObject({ reason: "expired-token" });
  });

  it("refuses a closed post as closed", async () => {
    await insertPost({ comments: "closed" });
    expect(await submitComment(openDatabase(), await fields(), context)).toMatchObject({
      reason: "closed",
      message: "Comments on this post are closed.",
    });
  });

  it("refuses a failed anti-spam check as turnstile", async () => {
    await insertPost();
    const checked = { ...context, verifyTurnstile: async () => false };
    expect(await submitComment(openDatabase(), await fields(), checked)).toMatchObject({ reason: "turnstile" });
  });

  it("refuses a client over the limit as rate-limited, with the seconds to wait", async () => {
    await insertPost();
    for (let sent = 0; sent < commentLimit.count; sent++) {
      expect(await submitComment(openDatabase(), await fields(), context)).toMatchObject({ outcome: "accepted" });
    }
    const outcome = await submitComment(openDatabase(), await fields(), context);
    expect(outcome).toMatchObject({ outcome: "refused", reason: "rate-limited", retryAfterSeconds: 600 });
    expect(await countComments()).toBe(commentLimit.count);
  });

  it("accepts a comment with its id, status and deletion token", async () => {
    await insertPost();
    const outcome = await submitComment(openDatabase(), await fields(), {
      ...context,
      config: { ...commentsConfig, autoApprove: true },
    });
    expect(outcome).toMatchObject({ outcome: "accepted", post: "hello-world", status: "approved" });
    expect(outcome).toHaveProperty("deleteToken", expect.stringMatching(/^[0-9a-f]{64}$/));
  });
});

describe("deleteOwnComment: each outcome", () => {
  const token = "a".repeat(64);

  it.each([
    { case: "a live link", comment: "live", given: token, outcome: { outcome: "accepted", post: "hello-world" } },
    { case: "no such comment", comment: "none", given: token, outcome: { reason: "not-found" } },
    { case: "a comment without a link", comment: "no-link", given: token, outcome: { reason: "not-found" } },
    { case: "an expired link", comment: "expired", given: token, outcome: { reason: "expired-token" } },
    { case: "a wrong token", comment: "live", given: "b".repeat(64), outcome: { reason: "invalid-token" } },
  ])("answers $case with $outcome", async ({ comment, given, outcome }) => {
    const hash = await hashDeleteToken(token);
    const expiresAt = sentAt.getTime() + (comment === "expired" ? -1 : deleteLinkLifetimeMs);
    const id =
      comment === "none"
        ? 424_242
        : await insertComment(comment === "no-link" ? {} : { deleteTokenHash: hash, deleteTokenExpiresAt: expiresAt });
    expect(await deleteOwnComment(openDatabase(), id, given, sentAt)).toMatchObject(outcome);
    if (outcome.outcome !== "accepted" && comment !== "none") expect(await findComment(id)).toBeDefined();
  });
});

describe("replyAsAuthor", () => {
  it("publishes the reply in the thread of the comment it answers", async () => {
    const parent = await insertComment();
    const answered = await insertComment({ parentId: parent });
    const outcome = await replyAsAuthor(openDatabase(), answered, "Thank you.", sentAt);
    expect(outcome).toMatchObject({ outcome: "accepted", status: "approved" });
    const id = outcome.outcome === "accepted" ? outcome.id : 0;
    expect(await findComment(id)).toMatchObject({ parentId: parent, byAuthor: true, approvedAt: sentAt.getTime() });
  });

  it("refuses a reply to no comment as not-found", async () => {
    expect(await replyAsAuthor(openDatabase(), 424_242, "Hello?", sentAt)).toMatchObject({ reason: "not-found" });
    expect(await countComments()).toBe(0);
  });
});

describe("moderateComment", () => {
  it.each([
    { action: "approve", status: "approved" },
    { action: "spam", status: "spam" },
    { action: "delete", status: "deleted" },
  ] satisfies { action: ModerationAction; status: string }[])("does $action", async ({ action, status }) => {
    const id = await insertComment({ status: "pending" });
    expect(await moderateComment(openDatabase(), id, action, sentAt)).toMatchObject({
      outcome: "accepted",
      id,
      status,
    });
  });

  it.each(["approve", "spam", "delete"] satisfies ModerationAction[])(
    "refuses to %s an unknown comment as not-found",
    async (action) => {
      expect(await moderateComment(openDatabase(), 424_242, action, sentAt)).toMatchObject({ reason: "not-found" });
    },
  );
});
