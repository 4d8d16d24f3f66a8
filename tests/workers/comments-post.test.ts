import { describe, expect, it } from "vitest";
import {
  countComments,
  type Encoding,
  filledFormToken,
  findComment,
  insertComment,
  insertPost,
  readAccepted,
  readError,
  sendComment,
  testEnv,
  validComment,
} from "./support/comments";

describe("POST /api/comments: accepted comments", () => {
  it.each<Encoding>(["json", "urlencoded", "multipart"])(
    "takes a valid comment sent as %s into moderation, stored before the answer",
    async (encoding) => {
      await insertPost();
      const response = await sendComment(await validComment("hello-world", { website: "https://ada.example" }), {
        encoding,
      });
      expect(response.status).toBe(202);
      const answer = await readAccepted(response);
      expect(answer.status).toBe("pending");
      expect(answer.deleteUrl).toMatch(new RegExp(`^/comments/delete/\\?id=${answer.id}&token=[0-9a-f]{64}$`));
      expect(await findComment(answer.id)).toMatchObject({
        postSlug: "hello-world",
        parentId: null,
        name: "Ada Lovelace",
        website: "https://ada.example",
        text: "Thoughtful words.",
        status: "pending",
        spamReason: null,
        byAuthor: false,
        approvedAt: null,
      });
    },
  );

  it("keeps the values at their limits and trims the whitespace around them", async () => {
    await insertPost();
    const name = "N".repeat(80);
    const text = "T".repeat(5000);
    const response = await sendComment(await validComment("hello-world", { name: ` ${name} `, text: `\n${text}\n` }));
    expect(response.status).toBe(202);
    expect(await findComment((await readAccepted(response)).id)).toMatchObject({ name, text, website: null });
  });

  it.each<Encoding>(["json", "urlencoded"])(
    "reads the empty fields the comment form always sends (%s) as not given",
    async (encoding) => {
      await insertPost();
      const fields = await validComment("hello-world", { website: "", parent: "", trap: "" });
      const response = await sendComment(fields, { encoding });
      expect(response.status).toBe(202);
      expect(await findComment((await readAccepted(response)).id)).toMatchObject({
        website: null,
        parentId: null,
        status: "pending",
      });
    },
  );

  it("stores the website without the spaces around it", async () => {
    await insertPost();
    const response = await sendComment(await validComment("hello-world", { website: "  https://ada.example/  " }));
    expect(await findComment((await readAccepted(response)).id)).toMatchObject({ website: "https://ada.example/" });
  });

  it("takes a reply to an approved top-level comment of the same post", async () => {
    await insertPost();
    const parent = await insertComment();
    const response = await sendComment(await validComment("hello-world", { parent }));
    expect(response.status).toBe(202);
    expect(await findComment((await readAccepted(response)).id)).toMatchObject({ parentId: parent });
  });

  it("learns a post that only the build's catalog knows yet", async () => {
    const post = {
      slug: "fresh-post",
      path: "/posts/fresh-post/",
      title: "Fresh",
      lang: "en" as const,
      pubDate: "2026-01-10",
      comments: "open" as const,
      topics: [],
    };
    const response = await sendComment(await validComment("fresh-post"), { bindings: testEnv({}, { posts: [post] }) });
    expect(response.status).toBe(202);
    expect(await findComment((await readAccepted(response)).id)).toMatchObject({ postSlug: "fresh-post" });
  });
});

describe("POST /api/comments: spam", () => {
  it.each([
    { case: "a filled honeypot", overrides: { trap: "bot@spam.example" }, tokenAgeMs: 10_000, reason: "honeypot" },
    {
      case: "a honeypot filled under its former name, email",
      overrides: { email: "bot@spam.example" },
      tokenAgeMs: 10_000,
      reason: "honeypot",
    },
    { case: "a form sent within 3 s", overrides: {}, tokenAgeMs: 1_000, reason: "too-fast" },
    {
      case: "three links",
      overrides: { text: "https://a.example https://b.example https://c.example" },
      tokenAgeMs: 10_000,
      reason: "links",
    },
    { case: "a blocked word", overrides: { text: "Visit our CASINO" }, tokenAgeMs: 10_000, reason: "blocked-word" },
  ])("stores $case in the spam queue and answers as if pending", async ({ overrides, tokenAgeMs, reason }) => {
    await insertPost();
    const token = await filledFormToken("hello-world", tokenAgeMs);
    const response = await sendComment(await validComment("hello-world", { ...overrides, token }));
    expect(response.status).toBe(202);
    const answer = await readAccepted(response);
    expect(answer.status).toBe("pending");
    expect(await findComment(answer.id)).toMatchObject({ status: "spam", spamReason: reason });
  });

  it.each(["See https://a.example and https://b.example.", "See https://www.a.example and https://www.b.example."])(
    "takes two links into moderation: %s",
    async (text) => {
      await insertPost();
      const response = await sendComment(await validComment("hello-world", { text }));
      expect(await findComment((await readAccepted(response)).id)).toMatchObject({
        status: "pending",
        spamReason: null,
      });
    },
  );
});

describe("POST /api/comments: rate limit", () => {
  it("refuses the sixth comment from one address within ten minutes, and only from that address", async () => {
    await insertPost();
    const fields = await validComment();
    for (let sent = 0; sent < 5; sent++) {
      expect((await sendComment(fields, { ip: "198.51.100.1" })).status).toBe(202);
    }
    const refused = await sendComment(fields, { ip: "198.51.100.1" });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await readError(refused)).toMatch(/too many comments/i);
    expect(await countComments()).toBe(5);

    expect((await sendComment(fields, { ip: "198.51.100.2" })).status).toBe(202);
  });
});

describe("POST /api/comments: closed posts", () => {
  it("refuses comments on a post closed in its frontmatter", async () => {
    await insertPost({ comments: "closed" });
    const response = await sendComment(await validComment());
    expect(response.status).toBe(403);
    expect(await readError(response)).toBe("Comments on this post are closed.");
    expect(await countComments()).toBe(0);
  });
});
