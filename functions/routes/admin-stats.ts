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
import { periodQuery } from "../queries/period";
import { readPostReport } from "../queries/post-report";
import { listPostStats } from "../queries/post-stats";
import { rankTopics } from "../queries/traction";
import { validate } from "../validation";
import { formatQuery, respondTable } from "./table-response";

const tableQuery = z.intersection(periodQuery, formatQuery);
const topicFilter = z.object({
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
});
const filteredTableQuery = z.intersection(tableQuery, topicFilter);
const postFilter = z.object({ post: z.string().regex(/^[a-z0-9-]{1,200}$/, { message: "must be a post's slug" }) });
const postPart = z.object({ part: z.enum(["days", "channels", "outbound", "goals"]) });

export const adminStats = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/topics", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    const topics = await rankTopics(c.var.db, period, new Date());
    return respondTable(
      c,
      "topics",
      topics.map(({ slug, name, ...rest }) => ({ topic: name, slug, ...rest })),
      format,
    );
  })
  .get("/findings", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "findings", await readFindings(c.var.db, period, new Date()), format);
  })
  .get("/campaigns", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "campaigns", await listCampaigns(c.var.db, period), format);
  })
  .get("/goals", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "goals", await listGoalStats(c.var.db, period, siteConfig.lang), format);
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
      const { format, post: slug, ...period } = c.req.valid("query");
      const post = await findPost(c.var.db, slug);
      if (!post) return c.json({ error: "post: no published post with this name" }, 404);
      const report = await readPostReport(c.var.db, post, period);
      return respondTable(c, `post-${part}`, report[part], format);
    },
  )
  .get("/sources", validate("query", filteredTableQuery), async (c) => {
    const { format, topic, ...period } = c.req.valid("query");
    return respondTable(c, "sources", await listSourceStats(c.var.db, period, topic), format);
  })
  .get("/posts", validate("query", filteredTableQuery), async (c) => {
    const { format, topic, ...period } = c.req.valid("query");
    return respondTable(c, "posts", await listPostStats(c.var.db, period, topic), format);
  })
  .get("/matrix", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "matrix", await topicChannelMatrix(c.var.db, period), format);
  })
  .get("/overview", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "overview", await dailyOverview(c.var.db, period), format);
  })
  .get("/dimensions", validate("query", tableQuery), async (c) => {
    const { format, ...period } = c.req.valid("query");
    return respondTable(c, "dimensions", await listDimensionStats(c.var.db, period), format);
  })
  .get("/summary", validate("query", periodQuery), async (c) => {
    const period = c.req.valid("query");
    return c.json({
      botHits: await countBotHits(c.var.db, period),
      visitorsLast30Minutes: await countRecentVisitors(c.var.db, new Date()),
    });
  });
