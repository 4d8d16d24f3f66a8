import { describe, expect, it } from "vitest";
import {
  type CommentFields,
  countComments,
  filledFormToken,
  insertComment,
  insertPost,
  readError,
  sendComment,
  sendRaw,
  validComment,
} from "./support/comments";

/** What a bad input may refer to: comments that are not valid reply targets, and tokens that do not pass. */
async function arrangeFixture() {
  await insertPost();
  await insertPost({ slug: "other-post" });
  const approved = await insertComment();
  const token = await filledFormToken("hello-world");
  return {
    body: await validComment("hello-world", { token }),
    token,
    pending: await insertComment({ status: "pending" }),
    spam: await insertComment({ status: "spam" }),
    reply: await insertComment({ parentId: approved }),
    onOtherPost: await insertComment({ postSlug: "other-post" }),
    expiredToken: await filledFormToken("hello-world", 24 * 60 * 60 * 1000 + 60_000),
    otherPostToken: await filledFormToken("other-post"),
    // The form token names its post, and is checked first: an unknown post needs a token of its own.
    unknownPostToken: await filledFormToken("no-such-post"),
  };
}

type Fixture = Awaited<ReturnType<typeof arrangeFixture>>;

function without(body: CommentFields, field: string): CommentFields {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
}

const badInputs: { case: string; field: string; body: (fixture: Fixture) => CommentFields }[] = [
  { case: "no name", field: "name", body: ({ body }) => without(body, "name") },
  { case: "an empty name", field: "name", body: ({ body }) => ({ ...body, name: "" }) },
  { case: "a name of spaces", field: "name", body: ({ body }) => ({ ...body, name: "   " }) },
  { case: "a name over 80 characters", field: "name", body: ({ body }) => ({ ...body, name: "n".repeat(81) }) },
  {
    case: "a javascript: website",
    field: "website",
    body: ({ body }) => ({ ...body, website: "javascript:alert(1)" }),
  },
  { case: "an ftp website", field: "website", body: ({ body }) => ({ ...body, website: "ftp://example.com" }) },
  { case: "a data: website", field: "website", body: ({ body }) => ({ ...body, website: "data:text/html,<b>x</b>" }) },
  { case: "a website that is no URL", field: "website", body: ({ body }) => ({ ...body, website: "my blog" }) },
  { case: "a website without scheme", field: "website", body: ({ body }) => ({ ...body, website: "www.example.com" }) },
  {
    case: "a website over 300 characters",
    field: "website",
    body: ({ body }) => ({ ...body, website: `https://example.com/${"a".repeat(300)}` }),
  },
  { case: "no text", field: "text", body: ({ body }) => without(body, "text") },
  { case: "an empty text", field: "text", body: ({ body }) => ({ ...body, text: " \n " }) },
  { case: "a text over 5000 characters", field: "text", body: ({ body }) => ({ ...body, text: "t".repeat(5001) }) },
  { case: "a parent that is no number", field: "parent", body: ({ body }) => ({ ...body, parent: "abc" }) },
  { case: "a negative parent", field: "parent", body: ({ body }) => ({ ...body, parent: -1 }) },
  { case: "a fractional parent", field: "parent", body: ({ body }) => ({ ...body, parent: "1.5" }) },
  { case: "a parent that does not exist", field: "parent", body: ({ body }) => ({ ...body, parent: 999_999 }) },
  { case: "a pending parent", field: "parent", body: ({ body, pending }) => ({ ...body, parent: pending }) },
  { case: "a parent in the spam queue", field: "parent", body: ({ body, spam }) => ({ ...body, parent: spam }) },
  { case: "a reply as parent", field: "parent", body: ({ body, reply }) => ({ ...body, parent: reply }) },
  {
    case: "a parent on another post",
    field: "parent",
    body: ({ body, onOtherPost }) => ({ ...body, parent: onOtherPost }),
  },
  { case: "no post", field: "post", body: ({ body }) => without(body, "post") },
  {
    case: "an unknown post",
    field: "post",
    body: ({ body, unknownPostToken }) => ({ ...body, post: "no-such-post", token: unknownPostToken }),
  },
  { case: "no token", field: "token", body: ({ body }) => without(body, "token") },
  {
    case: "a made-up token",
    field: "token",
    body: ({ body }) => ({ ...body, token: "1700000000000.hello-world.abc" }),
  },
  {
    case: "a token with a forged signature",
    field: "token",
    body: ({ body, token }) => ({ ...body, token: token.replace(/[0-9a-f]{64}$/, "0".repeat(64)) }),
  },
  {
    case: "a token with a changed time",
    field: "token",
    body: ({ body, token }) => ({ ...body, token: token.replace(/^\d+/, (time) => String(Number(time) - 60_000)) }),
  },
  {
    case: "a token of another post",
    field: "token",
    body: ({ body, otherPostToken }) => ({ ...body, token: otherPostToken }),
  },
  { case: "an expired token", field: "token", body: ({ body, expiredToken }) => ({ ...body, token: expiredToken }) },
];

describe("POST /api/comments: bad input", () => {
  it.each(badInputs)("answers $case with 400 naming $field, and stores nothing", async ({ field, body }) => {
    const fixture = await arrangeFixture();
    const before = await countComments();
    const response = await sendComment(body(fixture));
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatch(new RegExp(`^${field}: \\S`));
    expect(await countComments()).toBe(before);
  });

  it("tells an expired form from an invalid one", async () => {
    const fixture = await arrangeFixture();
    expect(await readError(await sendComment({ ...fixture.body, token: fixture.expiredToken }))).toMatch(/expired/);
    expect(await readError(await sendComment({ ...fixture.body, token: "x" }))).toMatch(/invalid/);
  });

  it.each([
    { case: "plain text", body: "name=Ada&text=Hi", type: "text/plain" },
    { case: "no content type", body: "name=Ada&text=Hi", type: null },
    { case: "broken JSON", body: '{"name": "Ada", ', type: "application/json" },
    { case: "a JSON array", body: '["Ada", "Hi"]', type: "application/json" },
    { case: "a JSON string", body: '"Ada"', type: "application/json" },
    { case: "JSON null", body: "null", type: "application/json" },
  ])("answers a body of $case with 400 naming the body", async ({ body, type }) => {
    await insertPost();
    const response = await sendRaw(body, type);
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatch(/^body: /);
    expect(await countComments()).toBe(0);
  });
});
