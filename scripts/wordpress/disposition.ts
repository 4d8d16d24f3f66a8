/**
 * What becomes of each exported item. Published and scheduled posts and pages are imported
 * (a scheduled one appears when its date comes, src/lib/posts.ts); drafts and pending ones
 * as drafts; private and password-protected ones are left out on purpose (their readers
 * were chosen; a public blog would publish them), and so is the trash.
 */
import type { WxrItem } from "./wxr.ts";

export type Disposition =
  | { kind: "post" | "page"; draft: boolean }
  | { kind: "attachment" }
  | { kind: "skipped"; reason: string }
  | { kind: "other"; type: string };

const skippedStatuses: Record<string, string> = {
  private: "private",
  trash: "in the trash",
  "auto-draft": "an unsaved draft (auto-draft)",
};

export function dispositionOf(item: WxrItem): Disposition {
  if (item.type === "attachment") return { kind: "attachment" };
  if (item.type !== "post" && item.type !== "page") return { kind: "other", type: item.type };
  const skipped = skippedStatuses[item.status];
  if (skipped) return { kind: "skipped", reason: skipped };
  if (item.hasPassword) return { kind: "skipped", reason: "password-protected" };
  if (item.status === "publish" || item.status === "future") return { kind: item.type, draft: false };
  if (item.status === "draft" || item.status === "pending") return { kind: item.type, draft: true };
  return { kind: "skipped", reason: `status "${item.status}"` };
}
