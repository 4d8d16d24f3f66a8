import type { CommentStatus } from "../../../../functions/queries/comments";
import type { DashboardKey } from "../../../lib/i18n-dashboard";

/** The moderation queues in the order of their tabs, each with the key of its name. */
export const commentQueues = [
  { status: "pending", key: "queuePending" },
  { status: "spam", key: "queueSpam" },
  { status: "approved", key: "queueApproved" },
] as const satisfies ReadonlyArray<{ status: CommentStatus; key: DashboardKey }>;

/** The queue that `?status=` names, or the pending one when it names none. */
export function findQueue(status: string | null) {
  return commentQueues.find((queue) => queue.status === status) ?? commentQueues[0];
}

export function queuePath(status: CommentStatus): string {
  return `/dashboard/comments/?status=${status}`;
}
