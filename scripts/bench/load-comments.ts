/**
 * Scenario 2 of npm run bench:load: C clients (one address each) send S comments each, all
 * at once. Every answer must be stored (2xx) or refused (429), and D1 must agree with the
 * answers: each stored marker once, no refused marker, no client above the rate limit.
 */
import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { minimumFillMs } from "../../functions/comments/form-token.ts";
import { queryD1 } from "../lib/d1.ts";
import { type PreviewServer, triggerCron } from "../lib/preview-server.ts";
import { type LoadFigures, percentile } from "./load-report.ts";

export interface CommentLoadOptions {
  clients: number;
  perClient: number;
}

export interface Submission {
  client: number;
  marker: string;
  /** The HTTP status, or 0 when no answer came (connection refused or reset). */
  status: number;
  /** The comment id the API answered with a 2xx. */
  id: number | undefined;
  ms: number;
}

export interface StoredComment {
  id: number;
  marker: string;
  client: number;
  status: string;
  spamReason: string | null;
}

export interface CommentLoad {
  figures: LoadFigures;
  submissions: Submission[];
  stored: StoredComment[];
  /** One more client that sends the same number of comments one after another, after the burst. */
  control: Submission[];
  controlStored: StoredComment[];
}

// A post whose comments stay open (no `comments: closed`, and the site closes none by age).
const post = "why-pageviews-lie";
const tokenAnswer = z.object({ token: z.string() });
const storedAnswer = z.object({ id: z.number().int() });
const storedRow = z.object({
  id: z.number(),
  text: z.string(),
  status: z.string(),
  spam_reason: z.string().nullable(),
});

/** Client c's address in TEST-NET-3 (203.0.113.0/24): up to 254 clients, the control client included. */
function clientAddress(client: number): string {
  return `203.0.113.${client + 1}`;
}

async function fetchFormToken(server: PreviewServer): Promise<string> {
  const response = await fetch(`${server.url}/api/comments/token?post=${post}`);
  if (!response.ok) throw new Error(`GET /api/comments/token answered ${response.status}`);
  return tokenAnswer.parse(await response.json()).token;
}

/**
 * Waits until every token may be used: the server files a comment sent within
 * minimumFillMs of its token as spam (too fast). Tokens carry the server's clock, which
 * is this machine's.
 */
async function waitUntilFillable(tokens: readonly string[]): Promise<void> {
  const newest = Math.max(...tokens.map((token) => Number(token.split(".", 1)[0])));
  const readyAt = newest + minimumFillMs + 250;
  while (Date.now() < readyAt) await delay(readyAt - Date.now());
}

async function submit(server: PreviewServer, client: number, token: string, marker: string): Promise<Submission> {
  const started = performance.now();
  const body = {
    post,
    name: `Load client ${client}`,
    text: `A reader's note under load, marker ${marker}.`,
    token,
    email: "",
  };
  try {
    const response = await fetch(`${server.url}/api/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": clientAddress(client) },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json().catch(() => null);
    const id = response.ok ? storedAnswer.safeParse(answer).data?.id : undefined;
    return { client, marker, status: response.status, id, ms: performance.now() - started };
  } catch {
    return { client, marker, status: 0, id: undefined, ms: performance.now() - started };
  }
}

async function readStored(server: PreviewServer, run: string): Promise<StoredComment[]> {
  const rows = await queryD1(
    server.persistTo,
    `SELECT id, text, status, spam_reason FROM comments WHERE text LIKE '%marker lc-${run}-%'`,
    storedRow,
  );
  return rows.map((row) => {
    const [marker = "", client = "-1"] = /lc-[a-z0-9]+-(\d+)-\d+/.exec(row.text) ?? [];
    return { id: row.id, marker, client: Number(client), status: row.status, spamReason: row.spam_reason };
  });
}

export async function runCommentLoad(server: PreviewServer, options: CommentLoadOptions): Promise<CommentLoad> {
  // The cron syncs the post catalog into D1, as it does every five minutes in production,
  // so the first comments find the post rather than all syncing the catalog at once.
  await triggerCron(server.url, "*/5 * * * *");
  const run = Date.now().toString(36);
  const clients = Array.from({ length: options.clients }, (_, client) => client);
  const controlClient = options.clients;
  // Each client loads the form once and sends all its comments with that token, as a page kept open would.
  const tokens = await Promise.all([...clients, controlClient].map(() => fetchFormToken(server)));
  await waitUntilFillable(tokens);
  const started = performance.now();
  const submissions = await Promise.all(
    clients.flatMap((client) =>
      Array.from({ length: options.perClient }, (_, n) =>
        submit(server, client, tokens[client] ?? "", `lc-${run}-${client}-${n}`),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  // Without concurrency the check-then-insert of the rate limit has nothing to race with.
  const control: Submission[] = [];
  for (let n = 0; n < options.perClient; n++) {
    control.push(await submit(server, controlClient, tokens[controlClient] ?? "", `lc-${run}-${controlClient}-${n}`));
  }
  const allStored = await readStored(server, run);
  const latencies = submissions.map((submission) => submission.ms);
  const ok = submissions.filter((submission) => submission.status >= 200 && submission.status < 300).length;
  const refused = submissions.filter((submission) => submission.status === 429).length;
  const figures: LoadFigures = {
    name: `POST /api/comments, ${options.clients} clients × ${options.perClient}`,
    requests: submissions.length,
    ok,
    refused,
    other: submissions.length - ok - refused,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
  return {
    figures,
    submissions,
    stored: allStored.filter((comment) => comment.client !== controlClient),
    control,
    controlStored: allStored.filter((comment) => comment.client === controlClient),
  };
}
