import { describe, expect, it, vi } from "vitest";
import { issueFormToken, maximumFormAgeMs } from "../../functions/comments/form-token";
import { type SubmitContext, submitComment } from "../../functions/comments/submit";
import type { CommentNotice } from "../../functions/comments/webhook";
import { newCommentSchema } from "../../functions/schemas/comment";
import { commentsConfig } from "../../site.config";
import { countComments, findComment, insertPost } from "./support/comments";
import { openDatabase } from "./support/events";
import { acceptedOf } from "./support/outcomes";

const issuedAt = new Date(Date.UTC(2026, 0, 20, 9));

async function commentInput(overrides: Record<string, string> = {}) {
  const token = await issueFormToken(openDatabase(), "hello-world", issuedAt);
  return newCommentSchema.parse({ post: "hello-world", name: "Ada", text: "Well said.", token, ...overrides });
}

function contextAt(afterMs: number, overrides: Partial<SubmitContext> = {}): SubmitContext {
  return { now: new Date(issuedAt.getTime() + afterMs), ip: "203.0.113.7", ...overrides };
}

describe("submitComment: fill time", () => {
  it.each([
    { case: "2.999 s", afterMs: 2_999, status: "spam", spamReason: "too-fast" },
    { case: "3 s", afterMs: 3_000, status: "pending", spamReason: null },
    { case: "4 s", afterMs: 4_000, status: "pending", spamReason: null },
    { case: "23 hours", afterMs: 23 * 60 * 60 * 1000, status: "pending", spamReason: null },
    { case: "exactly 24 hours", afterMs: maximumFormAgeMs, status: "pending", spamReason: null },
  ])("files a form sent after $case as $status", async ({ afterMs, status, spamReason }) => {
    await insertPost();
    const result = acceptedOf(await submitComment(openDatabase(), await commentInput(), contextAt(afterMs)));
    expect(result.status).toBe(status);
    expect(await findComment(result.id)).toMatchObject({ status, spamReason, createdAt: issuedAt.getTime() + afterMs });
  });

  it.each([
    { case: "24 hours and a millisecond after it was served", afterMs: maximumFormAgeMs + 1 },
    { case: "from more than a minute in the future", afterMs: -60_001 },
  ])("refuses a form $case as expired", async ({ afterMs }) => {
    await insertPost();
    await expect(submitComment(openDatabase(), await commentInput(), contextAt(afterMs))).resolves.toMatchObject({
      outcome: "refused",
      reason: "expired-token",
      message: expect.stringMatching(/^token: .*expired/),
    });
    expect(await countComments()).toBe(0);
  });
});

describe("submitComment: settings", () => {
  it("publishes at once when auto-approve is on", async () => {
    await insertPost();
    const now = contextAt(4_000);
    const result = acceptedOf(
      await submitComment(openDatabase(), await commentInput(), {
        ...now,
        config: { ...commentsConfig, autoApprove: true },
      }),
    );
    expect(result.status).toBe("approved");
    expect(await findComment(result.id)).toMatchObject({ status: "approved", approvedAt: now.now.getTime() });
  });

  it("still sends spam to the spam queue when auto-approve is on", async () => {
    await insertPost();
    const result = acceptedOf(
      await submitComment(openDatabase(), await commentInput({ email: "bot@spam.example" }), {
        ...contextAt(4_000),
        config: { ...commentsConfig, autoApprove: true },
      }),
    );
    expect(result.status).toBe("spam");
  });

  it.each([
    { case: "before the post's comment period ends", pubDate: "2026-01-01", status: "open" },
    { case: "after the post's comment period ended", pubDate: "2025-12-01", status: "closed" },
  ])("takes comments $case only while open", async ({ pubDate, status }) => {
    await insertPost({ pubDate });
    const submitted = submitComment(openDatabase(), await commentInput(), {
      ...contextAt(4_000),
      config: { ...commentsConfig, closeAfterDays: 30 },
    });
    if (status === "open") await expect(submitted).resolves.toMatchObject({ status: "pending" });
    else
      await expect(submitted).resolves.toMatchObject({
        reason: "closed",
        message: "Comments on this post are closed.",
      });
  });
});

describe("submitComment: after the comment is stored", () => {
  it("hands the stored comment to afterStored", async () => {
    await insertPost();
    const notices: CommentNotice[] = [];
    await submitComment(
      openDatabase(),
      await commentInput(),
      contextAt(4_000, { afterStored: (notice) => notices.push(notice) }),
    );
    expect(notices).toEqual([
      { postTitle: "Hello, world", postUrl: "/posts/hello-world/", name: "Ada", text: "Well said.", status: "pending" },
    ]);
  });

  it("does not announce spam", async () => {
    await insertPost();
    const afterStored = vi.fn();
    await submitComment(
      openDatabase(),
      await commentInput({ email: "bot@spam.example" }),
      contextAt(4_000, { afterStored }),
    );
    expect(afterStored).not.toHaveBeenCalled();
  });

  it("keeps and answers the comment when afterStored throws", async () => {
    await insertPost();
    const afterStored = () => {
      throw new Error("webhook exploded");
    };
    const result = acceptedOf(
      await submitComment(openDatabase(), await commentInput(), contextAt(4_000, { afterStored })),
    );
    expect(result.status).toBe("pending");
    expect(await findComment(result.id)).toMatchObject({ status: "pending" });
  });

  it("never loses the comment to a throwing afterStored", async () => {
    await insertPost();
    const afterStored = () => {
      throw new Error("webhook exploded");
    };
    await submitComment(openDatabase(), await commentInput(), contextAt(4_000, { afterStored })).catch(() => undefined);
    expect(await countComments()).toBe(1);
  });
});
