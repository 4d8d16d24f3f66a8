/**
 * `npm run db:seed-demo [-- --views N] [--reset] [--seed N] [--persist-to DIR]`: a year of
 * realistic demo traffic in the local D1, so that `npm run dev` shows a living dashboard.
 */
import { parseArgs } from "node:util";
import { readRetentionConfig } from "../functions/config.ts";
import { stateFolder } from "./lib/local-d1-proxy.ts";
import { loadCatalog } from "./seed/catalog.ts";
import { clearDemoTables, hasDemoTablesData } from "./seed/existing-data.ts";
import { openLocalD1 } from "./seed/local-d1.ts";
import { seedDemo } from "./seed/seed.ts";

const help = `usage: npm run db:seed-demo -- [--views N] [--reset] [--seed N] [--persist-to DIR]

Fills the local D1 (the one npm run dev uses, or the one under --persist-to DIR) with
N pageviews (default 20,000) spread over the last 365 days for the published posts, plus
goals, outbound clicks, comments and filtered bot hits, and rolls every day up.

  --views N         pageviews to generate (1 to 10,000,000; default 20000)
  --reset           first empty the analytics and comments tables (posts, settings,
                    salts and sign-in data stay)
  --seed N          random seed (default 1): the same seed and day give the same data
  --persist-to DIR  the local state folder, as for wrangler --persist-to (default .wrangler/state)
  --help            this text

Without --reset the seeder refuses a database that already holds analytics or comments:
roll-ups are recomputed from raw events, and only the last RAW_RETENTION_DAYS (wrangler.jsonc)
of raw events are kept, as the cron keeps them; adding to older days would overwrite their
roll-ups. Roll-ups are kept for all 365 days. Pending migrations are applied first.`;

interface Options {
  views: number;
  seed: number;
  reset: boolean;
  persistTo: string | undefined;
}

function readOptions(): Options | "help" | undefined {
  try {
    const { values } = parseArgs({
      options: {
        views: { type: "string", default: "20000" },
        seed: { type: "string", default: "1" },
        reset: { type: "boolean", default: false },
        "persist-to": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return "help";
    const views = Number(values.views);
    const seed = Number(values.seed);
    if (!Number.isInteger(views) || views < 1 || views > 10_000_000) return undefined;
    if (!Number.isInteger(seed)) return undefined;
    return { views, seed, reset: values.reset, persistTo: values["persist-to"] };
  } catch {
    return undefined;
  }
}

async function run(options: Options): Promise<void> {
  const started = performance.now();
  const now = new Date();
  const { catalog, from } = await loadCatalog(now.toISOString().slice(0, 10));
  console.error(`${catalog.posts.length} posts from ${from}; local D1 in ${stateFolder(options.persistTo)}`);
  const local = await openLocalD1(options.persistTo);
  try {
    if (options.reset) await clearDemoTables(local.db);
    else if (await hasDemoTablesData(local.db)) {
      console.error("The local D1 already holds analytics or comments. Run again with --reset to replace them.");
      process.exitCode = 1;
      return;
    }
    let nextReport = options.views / 10;
    const report = await seedDemo(local.db, catalog, {
      views: options.views,
      seed: options.seed,
      now,
      retentionDays: readRetentionConfig({ ...local.env }).retentionDays,
      onProgress(written, day) {
        if (written < nextReport) return;
        nextReport += options.views / 10;
        const seconds = (performance.now() - started) / 1000;
        console.error(`${day}: ${written.toLocaleString("en-US")} pageviews, ${seconds.toFixed(1)} s`);
      },
    });
    const { generate, write, rollUp, purge } = report.phases;
    console.log(
      `Seeded ${report.pageviews.toLocaleString("en-US")} pageviews over ${report.days} days: ` +
        `${report.goals} goals, ${report.outbound} outbound clicks, ${report.comments} comments, ${report.botHits} bot hits.`,
    );
    console.log(
      `Took ${((performance.now() - started) / 1000).toFixed(1)} s (generate ${(generate / 1000).toFixed(1)} s, ` +
        `write ${(write / 1000).toFixed(1)} s, roll-ups ${(rollUp / 1000).toFixed(1)} s, purge ${(purge / 1000).toFixed(1)} s).`,
    );
  } finally {
    await local.dispose();
  }
}

const options = readOptions();
if (options === "help") console.log(help);
else if (options === undefined) {
  console.error(help);
  process.exitCode = 1;
} else await run(options);
