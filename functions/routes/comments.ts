import { Hono } from "hono";
import { deleteCommentPath } from "../../shared/urls";
import { deleteOwnComment } from "../comments/delete-own";
import { issueFormToken } from "../comments/form-token";
import { submitComment } from "../comments/submit";
import { submitContextOf } from "../comments/submit-context";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { listApprovedComments } from "../queries/comments";
import { readFormOrJson } from "../request/read-form-or-json";
import { commentIdParam, commentsQuery, deleteCommentSchema } from "../schemas/comment";
import { describeZodError } from "../schemas/zod-error";
import { validate } from "../validation";
import { answerRefusal } from "./comment-refusal";

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
    const body = await readFormOrJson(c.req.header("content-type"), c.req);
    if (!body) return c.json<ApiError>({ error: "body: send JSON or a form (application/x-www-form-urlencoded)" }, 400);
    const result = await submitComment(c.var.db, body, submitContextOf(c));
    if (result.outcome === "refused") return answerRefusal(c, result);
    const deleteUrl = deleteCommentPath(result.id, result.deleteToken);
    // A stored spam comment is answered like a pending one, so spammers learn nothing.
    const status = result.status === "spam" ? "pending" : result.status;
    return c.json({ id: result.id, status, deleteUrl }, status === "approved" ? 201 : 202);
  })
  .post("/:id/delete", validate("param", commentIdParam), async (c) => {
    const body = await readFormOrJson(c.req.header("content-type"), c.req);
    const parsed = deleteCommentSchema.safeParse(body ?? {});
    if (!parsed.success) return c.json<ApiError>({ error: describeZodError(parsed.error, "token") }, 400);
    const result = await deleteOwnComment(c.var.db, c.req.valid("param").id, parsed.data.token, new Date());
    // Every refusal answers 404 alike, so that a link reveals nothing about other comments.
    if (result.outcome === "refused") return answerRefusal(c, result, 404);
    return c.json({ deleted: true, post: result.post });
  });
