import { asc } from "drizzle-orm";
import { comments } from "../db/schema";
import type { Database } from "../env";
import { authorView } from "./comments";

/** Every comment, in every queue, oldest first: the author's copy to keep or move elsewhere. */
export async function exportComments(db: Database) {
  const rows = await db.select().from(comments).orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((row) => ({
    ...authorView(row),
    approvedAt: row.approvedAt === null ? null : new Date(row.approvedAt).toISOString(),
  }));
}
