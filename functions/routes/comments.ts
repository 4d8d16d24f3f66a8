import { Hono } from "hono";
import { issueFormToken } from "../comments/form-token";
import { readCommentBody } from "../comments/parse-body";
import { deleteOwnComment, submitComment } from "../comments/submit";
import { submitContextOf } from "../comments/submit-context";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { listApprovedComments } from "../queries/comments";
import { commentIdParam, commentsQuery, deleteCommentSchema, newCommentSchema } from "../schemas/comment";
import { describeZodError, validate } from "../validation";

export const commentsApi = new Hono<AppEnv>()
  .get("/", validate("query", commentsQuery), async (c) => {
    c.header("Cache-Control", "public, max-age=30");
    return c.json({ comments: await listApprovedComments(c.var.db, c.req.valid("query").post) });
  })
  .get("/token", validate("query", commentsQuery), async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ token: await issueFormToken(c.var.db, c.req.valid("query").post, new Date()) });
  })
  .post("/", async (c) => {
    const body = await readCommentBody(c);
    if (!body) return c.json<ApiError>({ error: "body: send JSON or a form (application/x-www-form-urlencoded)" }, 400);
    const parsed = newCommentSchema.safeParse(body);
    if (!parsed.success) return c.json<ApiError>({ error: describeZodError(parsed.error, "body") }, 400);
    const result = await submitComment(c.var.db, parsed.data, submitContextOf(c));
    const deleteUrl = `/comments/delete/?id=${result.id}&token=${result.deleteToken}`;
    // A stored spam comment is answered like a pending one, so spammers learn nothing.
    const status = result.status === "spam" ? "pending" : result.status;
    return c.json({ id: result.id, status, deleteUrl }, status === "approved" ? 201 : 202);
  })
  .post("/:id/delete", validate("param", commentIdParam), async (c) => {
    const body = await readCommentBody(c);
    const parsed = deleteCommentSchema.safeParse(body ?? {});
    if (!parsed.success) return c.json<ApiError>({ error: describeZodError(parsed.error, "token") }, 400);
    const post = await deleteOwnComment(c.var.db, c.req.valid("param").id, parsed.data.token, new Date());
    if (!post) return c.json<ApiError>({ error: "token: this deletion link is invalid or has expired" }, 404);
    return c.json({ deleted: true, post });
  });
