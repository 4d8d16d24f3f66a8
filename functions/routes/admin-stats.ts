import { Hono } from "hono";
import { z } from "zod";
import { siteConfig } from "../../site.config";
import type { AppEnv } from "../env";
import { requireAuthor } from "../middleware/author";
import {
  countBotHits,
  countRecentVisitors,
  dailyOverview,
  listDimensionStats,
  listSourceStats,
  topicChannelMatrix,
} from "../queries/audience";
import { listCampaigns } from "../queries/campaigns";
import { findPost } from "../queries/comments";
import { readFindings } from "../queries/findings";
import { listGoalStats } from "../queries/goals";
import { pageOfRows, pageQuery } from "../queries/paging";
import { periodQuery } from "../queries/period";
import { readPostReport } from "../queries/post-report";
import { listPostStats } from "../queries/post-stats";
import { rankTopics } from "../queries/traction";
import { validate } from "../validation";
import { formatQuery, respondTable } from "./table-response";

const tableQuery = z.intersection(z.intersection(periodQuery, formatQuery), pageQuery);
const topicFilter = z.object({
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
});
const filteredTableQuery = z.intersection(tableQuery, topicFilter);
const postFilter = z.object({ post: z.string().regex(/^[a-z0-9-]{1,200}$/, { message: "must be a post's slug" }) });
const postPart = z.object({ part: z.enum(["days", "channels", "outbound", "goals"]) });

/**
 * The dashboard's tables as JSON or CSV, a page at a time (`page`, `limit`; docs/api.md). Tables
 * that grow with the site's traffic are paged in SQL; the ranking, the findings, the overview and
 * the post reports are computed whole from bounded queries and paged afterwards.
 */
export const adminStats = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/topics", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const topics = await rankTopics(c.var.db, period, new Date());
    const rows = topics.map(({ slug, name, ...rest }) => ({ topic: name, slug, ...rest }));
    return respondTable(c, "topics", pageOfRows(rows, { page, limit }), { format, page });
  })
  .get("/findings", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const findings = await readFindings(c.var.db, period, new Date());
    return respondTable(c, "findings", pageOfRows(findings, { page, limit }), { format, page });
  })
  .get("/campaigns", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    return respondTable(c, "campaigns", await listCampaigns(c.var.db, period, { page, limit }), { format, page });
  })
  .get("/goals", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const goals = await listGoalStats(c.var.db, period, siteConfig.lang, { page, limit });
    return respondTable(c, "goals", goals, { format, page });
  })
  .get("/post", validate("query", z.intersection(periodQuery, postFilter)), async (c) => {
    const { post: slug, ...period } = c.req.valid("query");
    const post = await findPost(c.var.db, slug);
    if (!post) return c.json({ error: "post: no published post with this name" }, 404);
    return c.json({
      post: { slug: post.slug, title: post.title, path: post.path },
      ...(await readPostReport(c.var.db, post, period)),
    });
  })
  .get(
    "/post/:part",
    validate("param", postPart),
    validate("query", z.intersection(tableQuery, postFilter)),
    async (c) => {
      const { part } = c.req.valid("param");
      const { format, page, limit, post: slug, ...period } = c.req.valid("query");
      const post = await findPost(c.var.db, slug);
      if (!post) return c.json({ error: "post: no published post with this name" }, 404);
      const report = await readPostReport(c.var.db, post, period);
      return respondTable(c, `post-${part}`, pageOfRows<object>(report[part], { page, limit }), { format, page });
    },
  )
  .get("/sources", validate("query", filteredTableQuery), async (c) => {
    const { format, page, limit, topic, ...period } = c.req.valid("query");
    const sources = await listSourceStats(c.var.db, period, { page, limit }, topic);
    return respondTable(c, "sources", sources, { format, page });
  })
  .get("/posts", validate("query", filteredTableQuery), async (c) => {
    const { format, page, limit, topic, ...period } = c.req.valid("query");
    return respondTable(c, "posts", await listPostStats(c.var.db, period, { page, limit }, topic), { format, page });
  })
  .get("/matrix", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const cells = await topicChannelMatrix(c.var.db, period);
    return respondTable(c, "matrix", pageOfRows(cells, { page, limit }), { format, page });
  })
  .get("/overview", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const days = await dailyOverview(c.var.db, period);
    return respondTable(c, "overview", pageOfRows(days, { page, limit }), { format, page });
  })
  .get("/dimensions", validate("query", tableQuery), async (c) => {
    const { format, page, limit, ...period } = c.req.valid("query");
    const dimensions = await listDimensionStats(c.var.db, period, { page, limit });
    return respondTable(c, "dimensions", dimensions, { format, page });
  })
  .get("/summary", validate("query", periodQuery), async (c) => {
    const period = c.req.valid("query");
    return c.json({
      botHits: await countBotHits(c.var.db, period),
      visitorsLast30Minutes: await countRecentVisitors(c.var.db, new Date()),
    });
  });
