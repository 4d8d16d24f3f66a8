/**
 * `npm run bench:abuse -- [--guesses 50] [--flood 2000] [--readers 200] [--junk 10000] [--comments 1000]`:
 * hostile traffic against `npm run preview` on a throwaway D1 (issue 15). Needs a build. It
 * renders the moderation page over adversarial comments, floods the collector from one client
 * beside real readers, sends thousands of junk campaigns, referrers and paths, and brute-forces
 * the sign-in in parallel, then prints one PASS/FAIL line per invariant; exits 1 when any fails.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { eventsPerMinute } from "../functions/analytics/event-limit.ts";
import { analyticsConfig } from "../site.config.ts";
import { runEventFlood, runJunkValues } from "./bench/abuse-events.ts";
import { runModerationAbuse, signIn } from "./bench/abuse-moderation.ts";
import { runSignInAbuse } from "./bench/abuse-sign-in.ts";
import type { Invariant } from "./bench/load-report.ts";
import { printInvariants } from "./bench/load-report.ts";
import { startBenchPreview } from "./bench/preview.ts";
import { runInvariantBench } from "./bench/run-invariant-bench.ts";

const usage =
  "usage: npm run bench:abuse -- [--guesses 50] [--flood 2000] [--readers 200] [--junk 10000] [--comments 1000]";

/** The moderation page's p99 budget with its queue full of adversarial comments, on 2 cores. */
const moderationBudgetMs = 500;

const options = z.object({
  guesses: z.coerce.number().int().min(6).max(500),
  flood: z.coerce.number().int().min(1).max(20_000),
  readers: z.coerce.number().int().min(1).max(10_000),
  junk: z.coerce.number().int().min(1).max(100_000),
  comments: z.coerce.number().int().min(1).max(5_000),
});

function readOptions(): z.infer<typeof options> | undefined {
  try {
    const { values } = parseArgs({
      options: {
        guesses: { type: "string", default: "50" },
        flood: { type: "string", default: "2000" },
        readers: { type: "string", default: "200" },
        junk: { type: "string", default: "10000" },
        comments: { type: "string", default: "1000" },
      },
    });
    return options.safeParse(values).data;
  } catch {
    return undefined;
  }
}

function report(title: string, lines: readonly string[]): void {
  console.log(`\n${title}`);
  for (const line of lines) console.log(`  ${line}`);
}

async function benchAbuse(settings: z.infer<typeof options>): Promise<boolean> {
  const password = randomBytes(18).toString("base64url");
  const token = randomBytes(36).toString("base64url");
  console.error("starting npm run preview…");
  const server = await startBenchPreview({ vars: { AUTHOR_PASSWORD: password, AUTHOR_API_TOKEN: token } });
  console.log(
    `\nResonanz hostile-traffic benchmark, ${new Date().toISOString()}, npm run preview (wrangler dev, local D1)`,
  );
  console.log(`${availableParallelism()} CPU cores`);
  const invariants: Invariant[] = [];
  // The author signs in before the brute force, as a real author would already be signed in.
  const cookie = await signIn(server, password);
  console.error(`rendering the moderation page over ${settings.comments} adversarial comments…`);
  const moderation = await runModerationAbuse(server, {
    comments: settings.comments,
    requests: 50,
    budgetMs: moderationBudgetMs,
    cookie,
  });
  report("Moderation page", moderation.lines);
  invariants.push(...moderation.invariants);
  console.error(`flooding the collector with ${settings.flood} events from one client…`);
  const flood = await runEventFlood(server, {
    flood: settings.flood,
    readers: settings.readers,
    limit: eventsPerMinute,
  });
  report("Event flood", flood.lines);
  invariants.push(...flood.invariants);
  console.error(`sending ${settings.junk} junk campaigns…`);
  const junk = await runJunkValues(server, { values: settings.junk, bound: analyticsConfig.distinctValuesPerDay });
  report("Junk values", junk.lines);
  invariants.push(...junk.invariants);
  console.error(`brute-forcing the sign-in with ${settings.guesses} parallel guesses…`);
  const signInAbuse = await runSignInAbuse(server, settings.guesses, token);
  report("Sign-in brute force", signInAbuse.lines);
  invariants.push(...signInAbuse.invariants);
  console.log("");
  return printInvariants(invariants);
}

await runInvariantBench(readOptions, usage, benchAbuse);
