/**
 * Scenario 4 of npm run bench:abuse: adversarial comments on the moderation page. Comments
 * built to make text transforms slow (long runs of URL-ending punctuation, markup and
 * mention characters) wait in the queue; the page that renders them is timed.
 */
import { executeD1, sqlText } from "../lib/d1.ts";
import type { PreviewServer } from "../lib/preview-server.ts";
import { describeStatuses, sendAll } from "./abuse-pool.ts";
import type { Invariant } from "./load-report.ts";
import { percentile } from "./load-report.ts";

export interface ModerationAbuse {
  invariants: Invariant[];
  lines: string[];
}

/** Shapes of text that cost a backtracking regex quadratic time, each near the 5,000-character limit. */
function adversarialText(n: number): string {
  const shapes = [
    `http://a${".".repeat(4_900)}x`,
    `https://b.example/${")".repeat(4_900)}y`,
    `http://c${",;:!?".repeat(980)}z`,
    `${"http://".repeat(700)}`,
    `<!channel> @everyone ${"[x](http://d)".repeat(300)}`,
    `${" ".repeat(2_000)}\n\n${"\n \t".repeat(900)}`,
  ];
  return `${shapes[n % shapes.length]} #${n}`;
}

async function storeAdversarialComments(server: PreviewServer, count: number, post: string): Promise<void> {
  const now = Date.now();
  const rows = Array.from(
    { length: count },
    (_, n) => `(${sqlText(post)}, ${sqlText(`Adversary ${n}`)}, ${sqlText(adversarialText(n))}, 'pending', ${now - n})`,
  );
  // In slices, so that no single statement grows beyond SQLite's limits.
  for (let start = 0; start < rows.length; start += 100) {
    await executeD1(
      server.persistTo,
      `INSERT INTO comments (post_slug, name, text, status, created_at) VALUES ${rows.slice(start, start + 100).join(", ")}`,
    );
  }
}

/** Signs in with the password and returns the session cookie as a Cookie header's value. */
export async function signIn(server: PreviewServer, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": "198.51.100.10" },
    body: JSON.stringify({ password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";", 1)[0];
  if (!response.ok || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return cookie;
}

export async function runModerationAbuse(
  server: PreviewServer,
  settings: { comments: number; requests: number; budgetMs: number; cookie: string },
): Promise<ModerationAbuse> {
  await storeAdversarialComments(server, settings.comments, "why-pageviews-lie");
  const page = () =>
    fetch(`${server.url}/dashboard/comments/?status=pending`, {
      headers: { Cookie: settings.cookie },
      redirect: "manual",
    });
  // The page must show the adversarial comments, not a sign-in redirect or an empty queue.
  const shown = ((await (await page()).text()).match(/Adversary \d+/g) ?? []).length;
  const answers = await sendAll(settings.requests, 1, page);
  const times = answers.map((answer) => answer.ms);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  return {
    lines: [
      `${settings.comments} adversarial comments pending, ${shown} of them on the page; the moderation page requested ${settings.requests} times one after another: ${describeStatuses(answers)}`,
      `moderation page: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
    ],
    invariants: [
      {
        name: "adversarial comments render in time",
        holds: shown > 0 && answers.every((answer) => answer.status === 200) && p99 <= settings.budgetMs,
        detail: `p99 ${p99.toFixed(0)} ms for the moderation page with ${settings.comments} adversarial comments (budget ${settings.budgetMs} ms)`,
      },
    ],
  };
}
