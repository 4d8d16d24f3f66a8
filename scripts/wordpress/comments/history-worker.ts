/**
 * A Worker that the importer starts beside the local (or remote) D1 to store WordPress
 * comments through submitComment, the door every comment goes through, inside workerd as the
 * site runs it. From Node, each statement would cross wrangler's proxy (about 6 ms); here it
 * costs well under one. POST /catalog first syncs the site's catalog, as the cron does.
 */
import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { syncCatalog } from "../../../functions/analytics/catalog";
import { submitComment } from "../../../functions/comments/submit";
import * as schema from "../../../functions/db/schema";
import { comments } from "../../../functions/db/schema";
import type { Database } from "../../../functions/env";
import { catalogSchema } from "../../../functions/schemas/catalog";
import { type HistoryOutcome, historyBatchSchema, knownQuerySchema, wordpressCommentKey } from "./history-batch";

interface HistoryEnv {
  DB: D1Database;
}

async function storeComments(db: Database, body: unknown): Promise<Response> {
  const batch = historyBatchSchema.safeParse(body);
  if (!batch.success) return Response.json({ error: batch.error.message }, { status: 400 });
  const outcomes: HistoryOutcome[] = [];
  for (const entry of batch.data.entries) {
    const history = {
      createdAt: new Date(entry.createdAt),
      status: entry.status,
      byAuthor: entry.byAuthor,
      importKey: wordpressCommentKey(entry.wordpressId),
      answers: entry.answers,
    };
    const outcome = await submitComment(db, entry.fields, { history });
    outcomes.push(
      outcome.outcome === "accepted"
        ? { outcome: "accepted", wordpressId: entry.wordpressId, id: outcome.id, stored: outcome.stored }
        : { outcome: "refused", wordpressId: entry.wordpressId, message: outcome.message },
    );
  }
  return Response.json({ outcomes });
}

/** The comments of these WordPress ids that an earlier import stored, so that a second run skips them. */
async function findKnown(db: Database, body: unknown): Promise<Response> {
  const query = knownQuerySchema.safeParse(body);
  if (!query.success) return Response.json({ error: query.error.message }, { status: 400 });
  const keys = new Map(query.data.wordpressIds.map((id) => [wordpressCommentKey(id), id]));
  const known: { wordpressId: number; id: number }[] = [];
  // In slices: D1 binds at most 100 parameters to one statement.
  const all = [...keys.keys()];
  for (let start = 0; start < all.length; start += 90) {
    const rows = await db
      .select({ id: comments.id, importKey: comments.importKey })
      .from(comments)
      .where(inArray(comments.importKey, all.slice(start, start + 90)));
    for (const row of rows) {
      const wordpressId = row.importKey === null ? undefined : keys.get(row.importKey);
      if (wordpressId !== undefined) known.push({ wordpressId, id: row.id });
    }
  }
  return Response.json({ known });
}

async function storeCatalog(db: Database, body: unknown): Promise<Response> {
  const catalog = catalogSchema.safeParse(body);
  if (!catalog.success) return Response.json({ error: catalog.error.message }, { status: 400 });
  await syncCatalog(db, catalog.data, new Date());
  return Response.json({ synced: catalog.data.posts.length });
}

export default {
  async fetch(request: Request, env: HistoryEnv): Promise<Response> {
    const db = drizzle(env.DB, { schema });
    const { pathname } = new URL(request.url);
    const body: unknown = await request.json();
    if (pathname === "/comments") return storeComments(db, body);
    if (pathname === "/catalog") return storeCatalog(db, body);
    if (pathname === "/known") return findKnown(db, body);
    return Response.json({ error: "not found" }, { status: 404 });
  },
};
