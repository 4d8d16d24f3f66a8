import { Hono } from "hono";
import { comments } from "../db/schema";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { requireAuthor } from "../middleware/author";
import { findCommentPost } from "../queries/comment-post";
import { deleteComment, listCommentsByStatus, setCommentStatus } from "../queries/comments";
import { authorReplySchema, commentIdParam, commentStatusQuery } from "../schemas/comment";
import { validate } from "../validation";

const notFound = { error: "No comment with this id" } satisfies ApiError;

export const adminComments = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/", validate("query", commentStatusQuery), async (c) =>
    c.json({ comments: await listCommentsByStatus(c.var.db, c.req.valid("query").status) }),
  )
  .post("/:id/approve", validate("param", commentIdParam), async (c) =>
    (await setCommentStatus(c.var.db, c.req.valid("param").id, "approved", new Date()))
      ? c.json({ id: c.req.valid("param").id, status: "approved" })
      : c.json(notFound, 404),
  )
  .post("/:id/spam", validate("param", commentIdParam), async (c) =>
    (await setCommentStatus(c.var.db, c.req.valid("param").id, "spam", new Date()))
      ? c.json({ id: c.req.valid("param").id, status: "spam" })
      : c.json(notFound, 404),
  )
  .delete("/:id", validate("param", commentIdParam), async (c) =>
    (await deleteComment(c.var.db, c.req.valid("param").id)) ? c.body(null, 204) : c.json(notFound, 404),
  )
  .post("/:id/reply", validate("param", commentIdParam), validate("json", authorReplySchema), async (c) => {
    const parent = await findCommentPost(c.var.db, c.req.valid("param").id);
    if (!parent) return c.json(notFound, 404);
    const now = Date.now();
    const [reply] = await c.var.db
      .insert(comments)
      .values({
        postSlug: parent.postSlug,
        // Replies stay one level deep: answering a reply answers its thread.
        parentId: parent.parentId ?? parent.id,
        name: parent.authorName,
        text: c.req.valid("json").text,
        status: "approved",
        byAuthor: true,
        createdAt: now,
        approvedAt: now,
      })
      .returning({ id: comments.id });
    return c.json({ id: reply?.id, status: "approved" }, 201);
  });
