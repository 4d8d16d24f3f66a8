/** What must hold after the comment scenario: the answers and D1 agree, and the rate limit held per client. */
import { commentLimit } from "../../functions/comments/rate-limit.ts";
import type { CommentLoad, StoredComment, Submission } from "./load-comments.ts";
import type { Invariant } from "./load-report.ts";

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function isStored(submission: Submission): boolean {
  return isSuccess(submission.status);
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function sample(markers: readonly string[]): string {
  return markers.length === 0 ? "" : `, e.g. ${markers.slice(0, 3).join(", ")}`;
}

/** The most any client got stored, then how many clients ended with each count, e.g. "5 stored: 48 clients". */
export function describeStoredPerClient(load: CommentLoad, clients: number): string[] {
  const perClient = countBy(load.stored, (comment) => comment.client);
  const counts = Array.from({ length: clients }, (_, client) => perClient.get(client) ?? 0);
  const histogram = countBy(counts, (count) => count);
  return [
    `per-client stored max: ${Math.max(0, ...counts)} (limit ${commentLimit.count})`,
    ...[...histogram.entries()]
      .sort(([a], [b]) => a - b)
      .map(([stored, many]) => `${stored} stored: ${many} client${many === 1 ? "" : "s"}`),
  ];
}

function checkStoredOnce(submissions: readonly Submission[], stored: readonly StoredComment[]): Invariant {
  const rowsByMarker = countBy(stored, (comment) => comment.marker);
  const idByMarker = new Map(stored.map((comment) => [comment.marker, comment.id]));
  const accepted = submissions.filter(isStored);
  const lost = accepted.filter((submission) => !rowsByMarker.has(submission.marker)).map((s) => s.marker);
  const twice = accepted.filter((submission) => (rowsByMarker.get(submission.marker) ?? 0) > 1).map((s) => s.marker);
  const otherId = accepted.filter((s) => rowsByMarker.get(s.marker) === 1 && idByMarker.get(s.marker) !== s.id);
  return {
    name: "comments: every 2xx marker stored exactly once, under the id answered",
    holds: lost.length === 0 && twice.length === 0 && otherId.length === 0,
    detail:
      `${accepted.length} answered 2xx; ${lost.length} missing${sample(lost)}, ${twice.length} stored twice or more` +
      `${sample(twice)}, ${otherId.length} under another id`,
  };
}

/** The sequential client must meet the limit exactly: the first ones stored, the rest refused. */
function checkControl(load: CommentLoad): Invariant {
  const expected = load.control.map((_, n) => (n < commentLimit.count ? "2xx" : "429"));
  const answered = load.control.map((submission) => (isStored(submission) ? "2xx" : String(submission.status)));
  const stored = Math.min(load.control.length, commentLimit.count);
  return {
    name: `comments: a client sending ${load.control.length} one after another gets ${stored} stored, the rest 429`,
    holds: answered.join() === expected.join() && load.controlStored.length === stored,
    detail: `answers ${answered.join(" ")}; ${load.controlStored.length} in D1`,
  };
}

export function checkComments(load: CommentLoad, clients: number): Invariant[] {
  const { submissions, stored } = load;
  const statuses = countBy(submissions, (submission) => submission.status);
  const others = [...statuses.keys()].filter((status) => status !== 429 && !isSuccess(status));
  const refusedMarkers = new Set(submissions.filter((s) => s.status === 429).map((s) => s.marker));
  const answeredMarkers = new Set(submissions.filter(isStored).map((s) => s.marker));
  const refusedButStored = stored.filter((comment) => refusedMarkers.has(comment.marker)).map((c) => c.marker);
  const unanswered = stored.filter(
    (comment) => !answeredMarkers.has(comment.marker) && !refusedMarkers.has(comment.marker),
  );
  const spam = stored.filter((comment) => comment.status === "spam");
  const perClient = countBy(stored, (comment) => comment.client);
  const maxStored = Math.max(0, ...perClient.values());
  const overLimit = [...perClient.values()].filter((count) => count > commentLimit.count).length;
  return [
    {
      name: "comments: every answer is 2xx or 429",
      holds: others.length === 0,
      detail: [...statuses.entries()]
        .map(([status, count]) => `${status === 0 ? "no answer" : status}: ${count}`)
        .join(", "),
    },
    checkStoredOnce(submissions, stored),
    {
      name: "comments: no 429 marker (nor any unanswered one) stored",
      holds: refusedButStored.length === 0 && unanswered.length === 0,
      detail: `${refusedButStored.length} refused but stored${sample(refusedButStored)}; ${unanswered.length} stored without an answer`,
    },
    {
      name: "comments: none filed as spam (too fast)",
      holds: spam.length === 0,
      detail: `${spam.length} of ${stored.length} stored as spam${sample(spam.map((c) => `${c.marker} (${c.spamReason})`))}`,
    },
    {
      name: `comments: at most ${commentLimit.count} stored per client (rate limit)`,
      holds: overLimit === 0,
      detail: `per-client stored max ${maxStored}; ${overLimit} of ${clients} clients over the limit`,
    },
    checkControl(load),
  ];
}
