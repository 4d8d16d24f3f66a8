/**
 * `npm run bench:load -- [--pageviews 20000] [--concurrency 64] [--clients 50] [--per-client 10]`:
 * the "under pressure" figures of docs/benchmarks.md (issue 7). Needs a build. Starts its own
 * `npm run preview` on a throwaway D1, sends the pageview load, runs the cron, then the comment
 * burst, and prints the figures and one PASS/FAIL line per invariant; exits 1 when any fails.
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { commentLimit } from "../functions/comments/rate-limit.ts";
import { checkComments, describeStoredPerClient } from "./bench/load-comment-checks.ts";
import { runCommentLoad } from "./bench/load-comments.ts";
import { runPageviewLoad } from "./bench/load-pageviews.ts";
import { printFigures, printInvariants } from "./bench/load-report.ts";
import { startBenchPreview } from "./bench/preview.ts";
import { runInvariantBench } from "./bench/run-invariant-bench.ts";

const usage = "usage: npm run bench:load -- [--pageviews 20000] [--concurrency 64] [--clients 50] [--per-client 10]";

// Pageviews each get their own address in a /15 (131,072), clients and the control client theirs in a /24.
const options = z.object({
  pageviews: z.coerce.number().int().min(1).max(131_072),
  concurrency: z.coerce.number().int().min(1).max(1_000),
  clients: z.coerce.number().int().min(1).max(253),
  perClient: z.coerce.number().int().min(1).max(1_000),
});

function readOptions(): z.infer<typeof options> | undefined {
  try {
    const { values } = parseArgs({
      options: {
        pageviews: { type: "string", default: "20000" },
        concurrency: { type: "string", default: "64" },
        clients: { type: "string", default: "50" },
        "per-client": { type: "string", default: "10" },
      },
    });
    return options.safeParse({ ...values, perClient: values["per-client"] }).data;
  } catch {
    return undefined;
  }
}

function describeLoad(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(" / ");
}

async function benchLoad(settings: z.infer<typeof options>): Promise<boolean> {
  console.error("starting npm run preview…");
  const server = await startBenchPreview();
  const loadBefore = describeLoad();
  console.error(`sending ${settings.pageviews} pageviews at concurrency ${settings.concurrency}…`);
  const pageviews = await runPageviewLoad(server, settings.pageviews, settings.concurrency);
  console.error(`sending ${settings.clients} × ${settings.perClient} comments at once…`);
  const comments = await runCommentLoad(server, settings);
  console.log(`\nResonanz load benchmark, ${new Date().toISOString()}, npm run preview (wrangler dev, local D1)`);
  console.log(
    `${availableParallelism()} CPU cores; load average 1/5/15 min: ${loadBefore} before, ${describeLoad()} after\n`,
  );
  printFigures([pageviews.figures, comments.figures]);
  console.log(
    `\nComments stored per client (limit ${commentLimit.count} per ${commentLimit.windowMs / 60_000} minutes):`,
  );
  for (const line of describeStoredPerClient(comments, settings.clients)) console.log(`  ${line}`);
  console.log("");
  return printInvariants([...pageviews.invariants, ...checkComments(comments, settings.clients)]);
}

await runInvariantBench(readOptions, usage, benchLoad);
