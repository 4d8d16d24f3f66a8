import { asc } from "drizzle-orm";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { authorView } from "./comments";
import { type Page, type Paging, toPage } from "./paging";

type ExportedComment = ReturnType<typeof authorView> & { approvedAt: string | null };

/** Every comment, in every queue, oldest first, page by page: the author's copy to keep or move elsewhere. */
export async function exportComments(db: Database, paging: Paging): Promise<Page<ExportedComment>> {
  const rows = await db
    .select()
    .from(comments)
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(paging.limit + 1)
    .offset((paging.page - 1) * paging.limit);
  const page = toPage(rows, paging);
  return {
    rows: page.rows.map((row) => ({
      ...authorView(row),
      approvedAt: row.approvedAt === null ? null : new Date(row.approvedAt).toISOString(),
    })),
    nextPage: page.nextPage,
  };
}
