import { describe, expect, it } from "vitest";
import { z } from "zod";
import app from "../../functions/app";
import { insertComment, testEnv } from "./support/comments";
import { siteOrigin } from "./support/events";

const authorToken = "author-secret-for-export-0123456789abcdef";

async function requestExport(token: string | null): Promise<Response> {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  return app.request(
    `${siteOrigin}/api/admin/comments/export`,
    { headers },
    testEnv({ AUTHOR_API_TOKEN: authorToken }),
  );
}

const exported = z.object({
  exportedAt: z.iso.datetime(),
  comments: z.array(z.looseObject({ id: z.number(), text: z.string(), status: z.string() })),
});

describe("GET /api/admin/comments/export", () => {
  it("gives the author every comment of every queue as a JSON download, oldest first", async () => {
    const day = Date.UTC(2026, 10, 1);
    const approved = await insertComment({ text: "approved one", createdAt: day, approvedAt: day + 1_000 });
    const pending = await insertComment({ text: "pending one", status: "pending", createdAt: day + 2_000 });
    const spam = await insertComment({ text: "spam one", status: "spam", spamReason: "links", createdAt: day + 3_000 });
    const reply = await insertComment({ text: "a reply", parentId: approved, byAuthor: true, createdAt: day + 4_000 });

    const response = await requestExport(authorToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="comments-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = exported.parse(await response.json());
    expect(body.comments.map((comment) => comment.id)).toEqual([approved, pending, spam, reply]);
    expect(body.comments[0]).toEqual({
      id: approved,
      post: "hello-world",
      parentId: null,
      name: "Ada",
      website: null,
      text: "approved one",
      status: "approved",
      spamReason: null,
      byAuthor: false,
      createdAt: "2026-11-01T00:00:00.000Z",
      approvedAt: "2026-11-01T00:00:01.000Z",
    });
    expect(body.comments[3]).toMatchObject({ parentId: approved, byAuthor: true });
  });

  it("leaves the rate-limit hash and the deletion token's hash out", async () => {
    await insertComment({ clientHash: "c".repeat(64), deleteTokenHash: "d".repeat(64), deleteTokenExpiresAt: 1 });
    const text = await (await requestExport(authorToken)).text();
    expect(text).not.toContain("c".repeat(64));
    expect(text).not.toContain("d".repeat(64));
    expect(text).not.toMatch(/clientHash|deleteToken/);
  });

  it.each([null, "wrong"])("refuses a request without the author's token (%s) with 401", async (token) => {
    await insertComment({ text: "private" });
    const response = await requestExport(token);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("private");
  });
});
