import { type Context, Hono } from "hono";
import { z } from "zod";
import { utcDay } from "../../shared/utc-day";
import { replyAsAuthor } from "../comments/author-reply";
import { type ModerationAction, moderateComment } from "../comments/moderate";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { requireAuthor } from "../middleware/author";
import { exportComments } from "../queries/comment-export";
import { listCommentsByStatus, queueLimit } from "../queries/comments";
import { maxExportRows, pageQuery } from "../queries/paging";
import { readFormOrJson } from "../request/read-form-or-json";
import { authorReplySchema, commentIdParam, commentStatusQuery } from "../schemas/comment";
import { describeZodError } from "../schemas/zod-error";
import { validate } from "../validation";
import { answerRefusal } from "./comment-refusal";
import { announceNextPage } from "./table-response";

/** The export's pages are as large as any export's may be: most blogs' comments fit in one. */
const exportPageQuery = z.object({
  page: pageQuery.shape.page,
  limit: z.coerce.number().int().min(1).max(maxExportRows).default(maxExportRows),
});

/** A moderation queue's pages hold as many comments as the dashboard's queue shows. */
const queuePageQuery = z.object({
  page: pageQuery.shape.page,
  limit: z.coerce.number().int().min(1).max(queueLimit).default(queueLimit),
});

/**
 * The dashboard's moderation buttons are plain forms carrying `return` (a
 * /dashboard/ path): they are sent back there, keeping their place in the queue.
 */
async function dashboardReturn(c: Context<AppEnv>): Promise<string | null> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) return null;
  const target = (await c.req.parseBody())["return"];
  return typeof target === "string" && /^\/dashboard\/[\w\-/?=&%.#]*$/.test(target) ? target : null;
}

/** approve, spam and delete by POST: the dashboard's buttons, answered with a redirect back, or JSON. */
async function moderateFromForm(c: Context<AppEnv>, id: number, action: ModerationAction) {
  const result = await moderateComment(c.var.db, id, action, new Date());
  if (result.outcome === "refused") return answerRefusal(c, result);
  const back = await dashboardReturn(c);
  if (back) return c.redirect(back, 303);
  return result.status === "deleted" ? c.body(null, 204) : c.json({ id: result.id, status: result.status });
}

export const adminComments = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/", validate("query", z.intersection(commentStatusQuery, queuePageQuery)), async (c) => {
    const { status, page, limit } = c.req.valid("query");
    const queue = await listCommentsByStatus(c.var.db, status, { page, limit });
    return c.json({ comments: queue.rows, ...announceNextPage(c, queue) });
  })
  .get("/export", validate("query", exportPageQuery), async (c) => {
    const { page, limit } = c.req.valid("query");
    const exportedAt = new Date();
    const exported = await exportComments(c.var.db, { page, limit });
    const part = page === 1 ? "" : `-page-${page}`;
    c.header("Content-Disposition", `attachment; filename="comments-${utcDay(exportedAt)}${part}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json({ exportedAt: exportedAt.toISOString(), comments: exported.rows, ...announceNextPage(c, exported) });
  })
  .post("/:id/approve", validate("param", commentIdParam), (c) =>
    moderateFromForm(c, c.req.valid("param").id, "approve"),
  )
  .post("/:id/spam", validate("param", commentIdParam), (c) => moderateFromForm(c, c.req.valid("param").id, "spam"))
  .post("/:id/delete", validate("param", commentIdParam), (c) => moderateFromForm(c, c.req.valid("param").id, "delete"))
  .delete("/:id", validate("param", commentIdParam), async (c) => {
    const result = await moderateComment(c.var.db, c.req.valid("param").id, "delete", new Date());
    return result.outcome === "refused" ? answerRefusal(c, result) : c.body(null, 204);
  })
  .post("/:id/reply", validate("param", commentIdParam), async (c) => {
    const body = authorReplySchema.safeParse((await readFormOrJson(c.req.header("content-type"), c.req)) ?? {});
    if (!body.success) return c.json<ApiError>({ error: describeZodError(body.error, "text") }, 400);
    const result = await replyAsAuthor(c.var.db, c.req.valid("param").id, body.data.text, new Date());
    if (result.outcome === "refused") return answerRefusal(c, result);
    const back = await dashboardReturn(c);
    return back ? c.redirect(back, 303) : c.json({ id: result.id, status: result.status }, 201);
  });
