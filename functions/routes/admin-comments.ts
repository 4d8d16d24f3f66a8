import { type Context, Hono } from "hono";
import { utcDay } from "../../shared/utc-day";
import { readCommentBody } from "../comments/parse-body";
import { comments } from "../db/schema";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { requireAuthor } from "../middleware/author";
import { exportComments } from "../queries/comment-export";
import { findCommentPost } from "../queries/comment-post";
import { deleteComment, listCommentsByStatus, setCommentStatus } from "../queries/comments";
import { authorReplySchema, commentIdParam, commentStatusQuery } from "../schemas/comment";
import { describeZodError, validate } from "../validation";

const notFound = { error: "No comment with this id" } satisfies ApiError;

/**
 * The dashboard's moderation buttons are plain forms carrying `return` (a
 * /dashboard/ path): they are sent back there, keeping their place in the queue.
 */
async function dashboardReturn(c: Context<AppEnv>): Promise<string | null> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) return null;
  const target = (await c.req.parseBody())["return"];
  return typeof target === "string" && /^\/dashboard\/[\w\-/?=&%.#]*$/.test(target) ? target : null;
}

export const adminComments = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/", validate("query", commentStatusQuery), async (c) =>
    c.json({ comments: await listCommentsByStatus(c.var.db, c.req.valid("query").status) }),
  )
  .get("/export", async (c) => {
    const exportedAt = new Date();
    c.header("Content-Disposition", `attachment; filename="comments-${utcDay(exportedAt)}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json({ exportedAt: exportedAt.toISOString(), comments: await exportComments(c.var.db) });
  })
  .post("/:id/approve", validate("param", commentIdParam), async (c) => {
    const { id } = c.req.valid("param");
    if (!(await setCommentStatus(c.var.db, id, "approved", new Date()))) return c.json(notFound, 404);
    const back = await dashboardReturn(c);
    return back ? c.redirect(back, 303) : c.json({ id, status: "approved" });
  })
  .post("/:id/spam", validate("param", commentIdParam), async (c) => {
    const { id } = c.req.valid("param");
    if (!(await setCommentStatus(c.var.db, id, "spam", new Date()))) return c.json(notFound, 404);
    const back = await dashboardReturn(c);
    return back ? c.redirect(back, 303) : c.json({ id, status: "spam" });
  })
  .post("/:id/delete", validate("param", commentIdParam), async (c) => {
    if (!(await deleteComment(c.var.db, c.req.valid("param").id))) return c.json(notFound, 404);
    const back = await dashboardReturn(c);
    return back ? c.redirect(back, 303) : c.body(null, 204);
  })
  .delete("/:id", validate("param", commentIdParam), async (c) =>
    (await deleteComment(c.var.db, c.req.valid("param").id)) ? c.body(null, 204) : c.json(notFound, 404),
  )
  .post("/:id/reply", validate("param", commentIdParam), async (c) => {
    const body = authorReplySchema.safeParse((await readCommentBody(c)) ?? {});
    if (!body.success) return c.json<ApiError>({ error: describeZodError(body.error, "text") }, 400);
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
        text: body.data.text,
        status: "approved",
        byAuthor: true,
        createdAt: now,
        approvedAt: now,
      })
      .returning({ id: comments.id });
    const back = await dashboardReturn(c);
    return back ? c.redirect(back, 303) : c.json({ id: reply?.id, status: "approved" }, 201);
  });
