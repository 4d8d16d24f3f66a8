import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { insertComment, insertPost, readError, testEnv } from "./support/comments";
import { siteOrigin } from "./support/events";

async function listComments(query: string): Promise<Response> {
  return app.request(`${siteOrigin}/api/comments${query}`, {}, testEnv());
}

const minute = 60_000;

describe("GET /api/comments", () => {
  it("lists only approved comments, oldest first, with replies nested under their parent", async () => {
    await insertPost();
    await insertPost({ slug: "other-post" });
    const start = Date.UTC(2026, 0, 10, 12);
    const first = await insertComment({
      name: "First",
      text: "One",
      website: "https://first.example",
      createdAt: start,
    });
    const second = await insertComment({ name: "Second", text: "Two", createdAt: start + minute });
    const reply = await insertComment({
      name: "Alex Beispiel",
      text: "Thanks",
      parentId: first,
      byAuthor: true,
      createdAt: start + 2 * minute,
    });
    await insertComment({ status: "pending", text: "Waiting", createdAt: start + 3 * minute });
    await insertComment({ status: "spam", text: "Spam", createdAt: start + 4 * minute });
    await insertComment({ status: "pending", parentId: first, text: "Pending reply", createdAt: start + 5 * minute });
    await insertComment({ postSlug: "other-post", text: "Elsewhere", createdAt: start + 6 * minute });

    const response = await listComments("?post=hello-world");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toMatch(/\bmax-age=\d+\b/);
    expect(await response.json()).toEqual({
      comments: [
        {
          id: first,
          name: "First",
          website: "https://first.example",
          text: "One",
          byAuthor: false,
          createdAt: "2026-01-10T12:00:00.000Z",
          answers: null,
          replies: [
            {
              id: reply,
              name: "Alex Beispiel",
              website: null,
              text: "Thanks",
              byAuthor: true,
              createdAt: "2026-01-10T12:02:00.000Z",
              answers: null,
              replies: [],
            },
          ],
        },
        {
          id: second,
          name: "Second",
          website: null,
          text: "Two",
          byAuthor: false,
          createdAt: "2026-01-10T12:01:00.000Z",
          answers: null,
          replies: [],
        },
      ],
    });
  });

  it("answers a post without comments with an empty list", async () => {
    await insertPost();
    expect(await (await listComments("?post=hello-world")).json()).toEqual({ comments: [] });
  });

  it("answers 400 without a post", async () => {
    const response = await listComments("");
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatch(/^post: /);
  });
});

describe("GET /api/comments/token", () => {
  it("issues an uncached form token for the post", async () => {
    const response = await listComments("/token?post=hello-world");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ token: expect.stringMatching(/^\d+\.hello-world\.[0-9a-f]{64}$/) });
  });
});
