import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { deleteOwnComment } from "../../functions/comments/delete-own";
import { deleteLinkLifetimeMs } from "../../functions/comments/delete-token";
import { issueFormToken } from "../../functions/comments/form-token";
import { submitComment } from "../../functions/comments/submit";
import { newCommentSchema } from "../../functions/schemas/comment";
import {
  findComment,
  insertComment,
  insertPost,
  parseDeleteUrl,
  readAccepted,
  readError,
  sendComment,
  testEnv,
  validComment,
} from "./support/comments";
import { openDatabase, siteOrigin } from "./support/events";
import { acceptedOf } from "./support/outcomes";

async function requestDeletion(id: number, body: string, contentType = "application/json"): Promise<Response> {
  return app.request(
    `${siteOrigin}/api/comments/${id}/delete`,
    { method: "POST", body, headers: { "Content-Type": contentType } },
    testEnv(),
  );
}

/** Posts a comment through the API and returns the id and token of its deletion link. */
async function postOwnComment(): Promise<{ id: number; token: string }> {
  await insertPost();
  return parseDeleteUrl((await readAccepted(await sendComment(await validComment()))).deleteUrl);
}

/** A comment posted at `postedAt`, straight through submitComment, so that its link can be old. */
async function postCommentAt(postedAt: Date) {
  await insertPost();
  const token = await issueFormToken(openDatabase(), "hello-world", new Date(postedAt.getTime() - 10_000));
  const input = newCommentSchema.parse({ post: "hello-world", name: "Ada", text: "Then.", token });
  return acceptedOf(await submitComment(openDatabase(), input, { now: postedAt, ip: "203.0.113.7" }));
}

describe("POST /api/comments/:id/delete", () => {
  it.each([
    { encoding: "JSON", body: (token: string) => JSON.stringify({ token }), type: "application/json" },
    {
      encoding: "a form",
      body: (token: string) => new URLSearchParams({ token }).toString(),
      type: "application/x-www-form-urlencoded",
    },
  ])("deletes the comment with the token of its link, sent as $encoding", async ({ body, type }) => {
    const { id, token } = await postOwnComment();
    const response = await requestDeletion(id, body(token), type);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, post: "hello-world" });
    expect(await findComment(id)).toBeUndefined();
  });

  it("takes the replies with it", async () => {
    const { id, token } = await postOwnComment();
    const reply = await insertComment({ parentId: id });
    await requestDeletion(id, JSON.stringify({ token }));
    expect(await findComment(reply)).toBeUndefined();
  });

  it("works once", async () => {
    const { id, token } = await postOwnComment();
    expect((await requestDeletion(id, JSON.stringify({ token }))).status).toBe(200);
    expect((await requestDeletion(id, JSON.stringify({ token }))).status).toBe(404);
  });

  it.each([
    { case: "a wrong token", token: (token: string) => `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}` },
    { case: "a token of the right length from nowhere", token: () => "f".repeat(64) },
    { case: "the token in upper case", token: (token: string) => token.toUpperCase() },
  ])("does not delete with $case", async ({ token }) => {
    const own = await postOwnComment();
    const response = await requestDeletion(own.id, JSON.stringify({ token: token(own.token) }));
    expect(response.status).toBe(404);
    expect(await readError(response)).toMatch(/^token: /);
    expect(await findComment(own.id)).toBeDefined();
  });

  it("does not delete another comment with a valid token", async () => {
    const own = await postOwnComment();
    const other = await insertComment();
    expect((await requestDeletion(other, JSON.stringify({ token: own.token }))).status).toBe(404);
    expect(await findComment(other)).toBeDefined();
  });

  it.each([
    { case: "a short token", body: JSON.stringify({ token: "short" }) },
    { case: "no token", body: JSON.stringify({}) },
    { case: "no body", body: "" },
  ])("answers $case with 400", async ({ body }) => {
    const own = await postOwnComment();
    const response = await requestDeletion(own.id, body);
    expect(response.status).toBe(400);
    expect(await findComment(own.id)).toBeDefined();
  });

  it("does not delete once the link is older than 24 hours", async () => {
    const posted = await postCommentAt(new Date(Date.now() - deleteLinkLifetimeMs - 60_000));
    expect((await requestDeletion(posted.id, JSON.stringify({ token: posted.deleteToken }))).status).toBe(404);
    expect(await findComment(posted.id)).toBeDefined();
  });
});

describe("deleteOwnComment", () => {
  it.each([
    { case: "just posted", afterMs: 0, deleted: true },
    { case: "a millisecond before the link expires", afterMs: deleteLinkLifetimeMs - 1, deleted: true },
    { case: "when the link expires", afterMs: deleteLinkLifetimeMs, deleted: true },
    { case: "a millisecond after the link expired", afterMs: deleteLinkLifetimeMs + 1, deleted: false },
  ])("deletes $case: $deleted", async ({ afterMs, deleted }) => {
    const postedAt = new Date(Date.UTC(2026, 0, 20, 9));
    const posted = await postCommentAt(postedAt);
    const outcome = await deleteOwnComment(
      openDatabase(),
      posted.id,
      posted.deleteToken,
      new Date(postedAt.getTime() + afterMs),
    );
    expect(outcome).toMatchObject(deleted ? { outcome: "accepted", post: "hello-world" } : { outcome: "refused" });
    expect(await findComment(posted.id)).toEqual(deleted ? undefined : expect.objectContaining({ id: posted.id }));
  });
});

describe("the deletion token at rest", () => {
  it("is stored only as a hash", async () => {
    const { id, token } = await postOwnComment();
    const row = await env.DB.prepare("SELECT * FROM comments WHERE id = ?").bind(id).first();
    expect(row).not.toBeNull();
    for (const value of Object.values(row ?? {})) expect(String(value)).not.toContain(token);
    expect(row?.["delete_token_hash"]).toMatch(/^[0-9a-f]{64}$/);
  });
});
