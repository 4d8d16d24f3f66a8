import { describe, expect, it } from "vitest";
import { comments } from "../../functions/db/schema";
import { type CommentStatus, countCommentsByStatus } from "../../functions/queries/comments";
import { openDatabase } from "./support/events";

const db = openDatabase();

function aComment(status: CommentStatus, index: number) {
  return { postSlug: "why-pageviews-lie", name: `Reader ${index}`, text: "Thank you", status, createdAt: index };
}

describe("countCommentsByStatus", () => {
  it("counts zero for every queue of an empty table", async () => {
    expect(await countCommentsByStatus(db)).toEqual({ pending: 0, approved: 0, spam: 0 });
  });

  it("counts each queue", async () => {
    const statuses: CommentStatus[] = ["pending", "pending", "pending", "spam", "approved", "approved"];
    await db.insert(comments).values(statuses.map(aComment));
    expect(await countCommentsByStatus(db)).toEqual({ pending: 3, approved: 2, spam: 1 });
  });
});
