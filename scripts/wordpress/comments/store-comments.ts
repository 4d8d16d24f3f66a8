/**
 * Sends the planned comments to the history Worker wave by wave, filling in the ids (here)
 * of the comments each reply hangs under, and counts what happened to each.
 */
import type { HistoryEntry } from "./history-batch.ts";
import type { HistoryWorker } from "./history-worker-process.ts";
import type { CommentsPlan, PlannedComment } from "./plan-comments.ts";

export interface CommentsReport {
  /** Newly stored, by status. */
  stored: Record<HistoryEntry["status"], number>;
  /** Stored by an earlier import of the same export. */
  alreadyThere: number;
  refused: { wordpressId: number; message: string }[];
  skipped: Record<string, number>;
}

const batchSize = 500;

function resolve(planned: PlannedComment, ids: ReadonlyMap<number, number>): HistoryEntry | string {
  const parent = planned.threadStart === undefined ? undefined : ids.get(planned.threadStart);
  if (planned.threadStart !== undefined && parent === undefined) return "its thread's first comment was not stored";
  const answers = planned.answers === undefined ? undefined : ids.get(planned.answers);
  return {
    ...planned.entry,
    fields: { ...planned.entry.fields, ...(parent === undefined ? {} : { parent }) },
    ...(answers === undefined ? {} : { answers }),
  };
}

export async function storeComments(worker: HistoryWorker, plan: CommentsPlan): Promise<CommentsReport> {
  const report: CommentsReport = {
    stored: { approved: 0, pending: 0, spam: 0 },
    alreadyThere: 0,
    refused: [],
    skipped: { ...plan.skipped },
  };
  const ids = new Map<number, number>();
  for (const wave of plan.waves) {
    const entries: HistoryEntry[] = [];
    for (const planned of wave) {
      const resolved = resolve(planned, ids);
      if (typeof resolved === "string")
        report.refused.push({ wordpressId: planned.entry.wordpressId, message: resolved });
      else entries.push(resolved);
    }
    const statusOf = new Map(entries.map((entry) => [entry.wordpressId, entry.status]));
    for (let start = 0; start < entries.length; start += batchSize) {
      const batch = entries.slice(start, start + batchSize);
      // What an earlier import stored is only counted: a second run sends nothing again.
      const known = await worker.findKnown(batch.map((entry) => entry.wordpressId));
      for (const [wordpressId, id] of known) ids.set(wordpressId, id);
      report.alreadyThere += known.size;
      const fresh = batch.filter((entry) => !known.has(entry.wordpressId));
      for (const outcome of fresh.length === 0 ? [] : await worker.store(fresh)) {
        if (outcome.outcome === "refused") {
          report.refused.push({ wordpressId: outcome.wordpressId, message: outcome.message });
          continue;
        }
        ids.set(outcome.wordpressId, outcome.id);
        const status = statusOf.get(outcome.wordpressId);
        if (!outcome.stored) report.alreadyThere++;
        else if (status) report.stored[status]++;
      }
    }
  }
  return report;
}
