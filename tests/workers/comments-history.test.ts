/**
 * Historic comments (an import) go through submitComment like a reader's: the same schema,
 * post and thread rules, but not the checks that judge a reader at the time of writing.
 */
import { describe, expect, it } from "vitest";
import type { HistoricComment } from "../../functions/comments/store-historic";
import { submitComment } from "../../functions/comments/submit";
import { listApprovedComments } from "../../functions/queries/comments";
import { commentsConfig } from "../../site.config";
import { countComments, findComment, insertPost } from "./support/comments";
import { openDatabase } from "./support/events";
import { acceptedOf } from "./support/outcomes";

const writtenAt = new Date(Date.UTC(2019, 2, 15, 10, 20));

function history(key: number, overrides: Partial<HistoricComment> = {}): { history: HistoricComment } {
  return {
    history: { createdAt: writtenAt, status: "approved", byAuthor: false, importKey: `wordpress:${key}`, ...overrides },
  };
}

const fields = (overrides: Record<string, string | number> = {}) => ({
  post: "hello-world",
  name: "Jana",
  text: "Ein Kommentar von 2019.",
  ...overrides,
});

describe("submitComment with history", () => {
  it("keeps the date, the status and the author mark, without a token, a client hash or a deletion link", async () => {
    await insertPost({ comments: "closed" });
    const db = openDatabase();
    const approved = acceptedOf(await submitComment(db, fields(), history(1)));
    const pending = acceptedOf(await submitComment(db, fields({ text: "Wartet." }), history(2, { status: "pending" })));
    const byAuthor = acceptedOf(
      await submitComment(db, fields({ name: "Alex", parent: approved.id }), history(3, { byAuthor: true })),
    );
    expect(approved).toMatchObject({ status: "approved", stored: true });
    expect(await findComment(approved.id)).toMatchObject({
      createdAt: writtenAt.getTime(),
      approvedAt: writtenAt.getTime(),
      clientHash: null,
      deleteTokenHash: null,
      importKey: "wordpress:1",
      channel: null,
    });
    expect(await findComment(pending.id)).toMatchObject({ status: "pending", approvedAt: null });
    expect(await findComment(byAuthor.id)).toMatchObject({ byAuthor: true, parentId: approved.id });
  });

  it("stores a comment once, however often the same import key comes", async () => {
    await insertPost();
    const db = openDatabase();
    const first = acceptedOf(await submitComment(db, fields(), history(7)));
    const again = acceptedOf(await submitComment(db, fields({ text: "Changed since." }), history(7)));
    expect(again).toMatchObject({ id: first.id, stored: false });
    expect(await countComments()).toBe(1);
  });

  it("is not held to the rate limit: a hundred comments of one afternoon are all stored", async () => {
    await insertPost();
    const db = openDatabase();
    for (let key = 100; key < 200; key++) acceptedOf(await submitComment(db, fields(), history(key)));
    expect(await countComments()).toBe(100);
  });

  it("files spam with the filter's reason, or as imported when the filter finds none", async () => {
    await insertPost();
    const db = openDatabase();
    const links = "https://a.example https://b.example https://c.example https://d.example";
    const linky = acceptedOf(await submitComment(db, fields({ text: links }), history(20, { status: "spam" })));
    const plain = acceptedOf(await submitComment(db, fields(), history(21, { status: "spam" })));
    expect(commentsConfig.maxLinks).toBeLessThan(4);
    expect(await findComment(linky.id)).toMatchObject({ status: "spam", spamReason: "links" });
    expect(await findComment(plain.id)).toMatchObject({ status: "spam", spamReason: "imported" });
  });

  it("refuses what it would refuse from a reader: bad fields, an unknown post, a reply to no thread", async () => {
    await insertPost();
    await insertPost({ slug: "other-post" });
    const db = openDatabase();
    const elsewhere = acceptedOf(await submitComment(db, fields({ post: "other-post" }), history(30)));
    const reply = acceptedOf(
      await submitComment(db, fields({ post: "other-post", parent: elsewhere.id }), history(31)),
    );
    await expect(submitComment(db, fields({ name: "x".repeat(81) }), history(32))).resolves.toMatchObject({
      outcome: "refused",
      reason: "invalid-name",
    });
    await expect(submitComment(db, fields({ post: "no-such-post" }), history(33))).resolves.toMatchObject({
      reason: "unknown-post",
    });
    await expect(submitComment(db, fields({ parent: elsewhere.id }), history(34))).resolves.toMatchObject({
      reason: "bad-parent",
    });
    await expect(
      submitComment(db, fields({ post: "other-post", parent: reply.id }), history(35)),
    ).resolves.toMatchObject({ reason: "bad-parent" });
    expect(await countComments()).toBe(2);
  });

  it("shows whom a deeper reply answered", async () => {
    await insertPost();
    const db = openDatabase();
    const start = acceptedOf(await submitComment(db, fields({ name: "Anna" }), history(40)));
    const reply = acceptedOf(await submitComment(db, fields({ name: "Ben", parent: start.id }), history(41)));
    acceptedOf(await submitComment(db, fields({ name: "Cem", parent: start.id }), history(42, { answers: reply.id })));
    const [thread] = await listApprovedComments(db, "hello-world");
    expect(thread?.replies.map((comment) => [comment.name, comment.answers])).toEqual([
      ["Ben", null],
      ["Cem", "Ben"],
    ]);
  });
});
