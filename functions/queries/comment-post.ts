import { eq } from "drizzle-orm";
import { siteConfig } from "../../site.config";
import { comments } from "../db/schema";
import type { Database } from "../env";

/** The comment an author reply answers, with the name the reply is signed with. */
export async function findCommentPost(db: Database, id: number) {
  const [row] = await db
    .select({ id: comments.id, postSlug: comments.postSlug, parentId: comments.parentId })
    .from(comments)
    .where(eq(comments.id, id))
    .limit(1);
  return row ? { ...row, authorName: siteConfig.author } : undefined;
}
