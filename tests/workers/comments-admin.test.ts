import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { siteConfig } from "../../site.config";
import { countComments, findComment, insertComment, insertPost, readError, testEnv } from "./support/comments";
import { siteOrigin } from "./support/events";

const authorToken = "author-secret-for-tests-0123456789abcdef";

async function asAuthor(
  path: string,
  init: RequestInit = {},
  /** `token: null` sends no Authorization header; `secret: null` leaves AUTHOR_API_TOKEN unset. */
  options: { token?: string | null; secret?: string | null } = {},
): Promise<Response> {
  const token = options.token === undefined ? authorToken : options.token;
  const secret = options.secret === undefined ? authorToken : options.secret;
  const headers = new Headers(init.headers);
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  const bindings = secret === null ? testEnv() : testEnv({ AUTHOR_API_TOKEN: secret });
  return app.request(`${siteOrigin}/api/admin/comments${path}`, { ...init, headers }, bindings);
}

function reply(id: number, text: string, options: { token?: string | null } = {}): Promise<Response> {
  return asAuthor(
    `/${id}/reply`,
    { method: "POST", body: JSON.stringify({ text }), headers: { "Content-Type": "application/json" } },
    options,
  );
}

async function publicComments(): Promise<unknown> {
  return (await app.request(`${siteOrigin}/api/comments?post=hello-world`, {}, testEnv())).json();
}

const endpoints = [
  { name: "the list", path: "?status=pending", method: "GET" },
  { name: "approve", path: "/{id}/approve", method: "POST" },
  { name: "spam", path: "/{id}/spam", method: "POST" },
  { name: "delete", path: "/{id}", method: "DELETE" },
] as const;

describe("author endpoints: sign-in", () => {
  it.each([
    { case: "no bearer token", token: null, secret: authorToken },
    { case: "a wrong bearer token", token: "not-the-secret", secret: authorToken },
    { case: "the secret with a suffix", token: `${authorToken}x`, secret: authorToken },
    { case: "an empty bearer token", token: "", secret: authorToken },
    { case: "no secret configured", token: authorToken, secret: null },
    { case: "an empty secret configured", token: "", secret: "" },
  ])("refuses $case with 401", async ({ token, secret }) => {
    const response = await asAuthor("?status=pending", {}, { token, secret });
    expect(response.status).toBe(401);
    expect(await readError(response)).not.toBe("");
  });

  it.each(endpoints)("refuses $name with a wrong token and changes nothing", async ({ path, method }) => {
    await insertPost();
    const id = await insertComment({ status: "pending" });
    // From the site itself: a wrong token no longer skips the CSRF check, which refuses a post without Origin.
    const init = { method, headers: { Origin: siteOrigin } };
    const response = await asAuthor(path.replace("{id}", String(id)), init, { token: "wrong" });
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer /);
    expect(await findComment(id)).toMatchObject({ status: "pending" });
  });

  it("refuses a reply with a wrong token and stores nothing", async () => {
    await insertPost();
    const id = await insertComment();
    expect((await reply(id, "Sneaky", { token: "wrong" })).status).toBe(401);
    expect(await countComments()).toBe(1);
  });

  it("accepts the right token under any capitalisation of Bearer", async () => {
    const response = await asAuthor("", { headers: { Authorization: `bearer ${authorToken}` } }, { token: null });
    expect(response.status).toBe(200);
  });
});

describe("GET /api/admin/comments", () => {
  it("lists the comments of one status, newest first", async () => {
    await insertPost();
    const parent = await insertComment({ createdAt: Date.UTC(2026, 0, 10) });
    const older = await insertComment({
      status: "pending",
      createdAt: Date.UTC(2026, 0, 11),
      website: "https://a.example",
    });
    const newer = await insertComment({ status: "pending", parentId: parent, createdAt: Date.UTC(2026, 0, 12) });
    await insertComment({ status: "spam", createdAt: Date.UTC(2026, 0, 13) });

    const response = await asAuthor("?status=pending");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      comments: [
        expect.objectContaining({
          id: newer,
          post: "hello-world",
          parentId: parent,
          name: "Ada",
          website: null,
          text: "A stored comment.",
          status: "pending",
          createdAt: "2026-01-12T00:00:00.000Z",
        }),
        expect.objectContaining({ id: older, parentId: null, website: "https://a.example", status: "pending" }),
      ],
    });
  });

  it("lists pending comments when no status is given", async () => {
    await insertPost();
    const pending = await insertComment({ status: "pending" });
    await insertComment();
    expect(await (await asAuthor("")).json()).toEqual({ comments: [expect.objectContaining({ id: pending })] });
  });

  it("answers an unknown status with 400", async () => {
    const response = await asAuthor("?status=deleted");
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatch(/^status: /);
  });
});

describe("moderating a comment", () => {
  it("approves a pending comment, which then shows publicly", async () => {
    await insertPost();
    const id = await insertComment({ status: "pending" });
    const response = await asAuthor(`/${id}/approve`, { method: "POST" });
    expect(await response.json()).toEqual({ id, status: "approved" });
    expect(await findComment(id)).toMatchObject({ status: "approved", approvedAt: expect.any(Number) });
    expect(await publicComments()).toEqual({ comments: [expect.objectContaining({ id })] });
  });

  it("moves an approved comment to spam, which hides it", async () => {
    await insertPost();
    const id = await insertComment();
    expect(await (await asAuthor(`/${id}/spam`, { method: "POST" })).json()).toEqual({ id, status: "spam" });
    expect(await findComment(id)).toMatchObject({ status: "spam", approvedAt: null });
    expect(await publicComments()).toEqual({ comments: [] });
  });

  it("deletes a comment with its replies", async () => {
    await insertPost();
    const id = await insertComment();
    const child = await insertComment({ parentId: id });
    const response = await asAuthor(`/${id}`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(await findComment(id)).toBeUndefined();
    expect(await findComment(child)).toBeUndefined();
  });

  it.each([
    { action: "approve", path: "/424242/approve", method: "POST" },
    { action: "spam", path: "/424242/spam", method: "POST" },
    { action: "delete", path: "/424242", method: "DELETE" },
  ])("answers $action of an unknown comment with 404", async ({ path, method }) => {
    expect((await asAuthor(path, { method })).status).toBe(404);
  });

  it("answers an id that is no number with 400", async () => {
    expect((await asAuthor("/abc/approve", { method: "POST" })).status).toBe(400);
  });
});

describe("POST /api/admin/comments/:id/reply", () => {
  it("publishes the author's reply under the comment, marked as the author's", async () => {
    await insertPost();
    const parent = await insertComment();
    const response = await reply(parent, "Thank you!");
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(Number), status: "approved" });
    expect(await publicComments()).toEqual({
      comments: [
        expect.objectContaining({
          id: parent,
          replies: [expect.objectContaining({ name: siteConfig.author, text: "Thank you!", byAuthor: true })],
        }),
      ],
    });
  });

  it("answers a reply in its thread, keeping replies one level deep", async () => {
    await insertPost();
    const parent = await insertComment();
    const readerReply = await insertComment({ parentId: parent });
    const response = await reply(readerReply, "Both of you are right.");
    expect(response.status).toBe(201);
    const rows = await publicComments();
    expect(rows).toEqual({
      comments: [
        expect.objectContaining({
          id: parent,
          replies: [
            expect.objectContaining({ id: readerReply, replies: [] }),
            expect.objectContaining({ text: "Both of you are right.", byAuthor: true, replies: [] }),
          ],
        }),
      ],
    });
  });

  it.each([
    { case: "an empty text", text: "  ", status: 400 },
    { case: "a text over 5000 characters", text: "t".repeat(5001), status: 400 },
  ])("refuses $case with $status", async ({ text, status }) => {
    await insertPost();
    const parent = await insertComment();
    expect((await reply(parent, text)).status).toBe(status);
    expect(await countComments()).toBe(1);
  });

  it("answers a reply to an unknown comment with 404", async () => {
    expect((await reply(424_242, "Hello?")).status).toBe(404);
  });
});
