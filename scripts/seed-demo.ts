/**
 * `npm run db:seed-demo [-- --views N] [--reset | --empty | --first-run] [--seed N] [--persist-to DIR]`:
 * a year of realistic demo traffic in the local D1, so that `npm run dev` shows a living dashboard.
 */
import { parseArgs } from "node:util";
import { readRetentionConfig } from "../functions/config.ts";
import { dashboardPath } from "../shared/urls.ts";
import { stateFolder } from "./lib/local-d1-proxy.ts";
import { loadCatalog } from "./seed/catalog.ts";
import { choseEmpty, forgetEmpty, rememberEmpty } from "./seed/demo-choice.ts";
import { clearDemoTables, hasDemoTablesData } from "./seed/existing-data.ts";
import { type LocalD1, openLocalD1 } from "./seed/local-d1.ts";
import { seedDemo } from "./seed/seed.ts";

/** Small enough for a newcomer's first `npm run dev`; the year's roll-ups take most of the time anyway. */
const firstRunViews = 10_000;

const help = `usage: npm run db:seed-demo -- [--views N] [--reset | --empty | --first-run] [--seed N] [--persist-to DIR]

Fills the local D1 (the one npm run dev uses, or the one under --persist-to DIR) with
N pageviews (default 20,000) spread over the last 365 days for the published posts, plus
goals, outbound clicks, comments and filtered bot hits, and rolls every day up.

  --views N         pageviews to generate (1 to 10,000,000; default 20000, with --first-run ${firstRunViews})
  --reset           first empty the analytics and comments tables (posts, settings,
                    salts and sign-in data stay)
  --empty           only empty those tables, and keep them empty: npm run dev then seeds
                    no demo data into this D1 (until a plain or --reset seed)
  --first-run       what npm run dev runs: seed only when the D1 holds no analytics or
                    comments and --empty was not chosen; otherwise do nothing
  --seed N          random seed (default 1): the same seed and day give the same data
  --persist-to DIR  the local state folder, as for wrangler --persist-to (default .wrangler/state)
  --help            this text

Without --reset the seeder refuses a database that already holds analytics or comments:
roll-ups are recomputed from raw events, and only the last RAW_RETENTION_DAYS (wrangler.jsonc)
of raw events are kept, as the cron keeps them; adding to older days would overwrite their
roll-ups. Roll-ups are kept for all 365 days. Pending migrations are applied first.`;

type Mode = "seed" | "reset" | "empty" | "first-run";

interface Options {
  views: number;
  seed: number;
  mode: Mode;
  persistTo: string | undefined;
}

function readOptions(): Options | "help" | undefined {
  try {
    const { values } = parseArgs({
      options: {
        views: { type: "string" },
        seed: { type: "string", default: "1" },
        reset: { type: "boolean", default: false },
        empty: { type: "boolean", default: false },
        "first-run": { type: "boolean", default: false },
        "persist-to": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return "help";
    const modes = (["reset", "empty", "first-run"] as const).filter((mode) => values[mode]);
    if (modes.length > 1) return undefined;
    const mode = modes[0] ?? "seed";
    const views = Number(values.views ?? (mode === "first-run" ? firstRunViews : 20_000));
    const seed = Number(values.seed);
    if (!Number.isInteger(views) || views < 1 || views > 10_000_000) return undefined;
    if (!Number.isInteger(seed)) return undefined;
    return { views, seed, mode, persistTo: values["persist-to"] };
  } catch {
    return undefined;
  }
}

/** Marks the first-run seed's few lines, which land among `astro dev`'s. */
const firstRunPrefix = "[demo data]";

/** Whether to seed at all; --empty and a D1 that already has data end here. */
async function prepare(local: LocalD1, options: Options): Promise<boolean> {
  if (options.mode === "reset") await clearDemoTables(local.db);
  if (options.mode === "empty") {
    await clearDemoTables(local.db);
    await rememberEmpty(options.persistTo);
    console.log("The local D1 holds no analytics or comments now, and npm run dev leaves it so.");
    console.log("npm run db:seed-demo (or -- --reset) fills it with demo data again.");
    return false;
  }
  if (options.mode === "reset" || !(await hasDemoTablesData(local.db))) return true;
  if (options.mode === "first-run") return false;
  console.error("The local D1 already holds analytics or comments. Run again with --reset to replace them.");
  process.exitCode = 1;
  return false;
}

async function run(options: Options): Promise<void> {
  const started = performance.now();
  const firstRun = options.mode === "first-run";
  // Checked before workerd starts: an author who chose an empty D1 waits for nothing.
  if (firstRun && choseEmpty(options.persistTo)) return;
  const now = new Date();
  const { catalog, from } = await loadCatalog(now.toISOString().slice(0, 10));
  if (!firstRun)
    console.error(`${catalog.posts.length} posts from ${from}; local D1 in ${stateFolder(options.persistTo)}`);
  const local = await openLocalD1(options.persistTo);
  try {
    if (!(await prepare(local, options))) return;
    if (firstRun) {
      console.log(
        `${firstRunPrefix} The local D1 holds no analytics: seeding a demo year (${options.views.toLocaleString("en-US")} pageviews) ` +
          "in the background. Start empty instead: stop dev, then npm run db:seed-demo -- --empty",
      );
    }
    let nextReport = options.views / 10;
    const report = await seedDemo(local.db, catalog, {
      views: options.views,
      seed: options.seed,
      now,
      retentionDays: readRetentionConfig({ ...local.env }).retentionDays,
      onProgress(written, day) {
        if (firstRun || written < nextReport) return;
        nextReport += options.views / 10;
        const seconds = (performance.now() - started) / 1000;
        console.error(`${day}: ${written.toLocaleString("en-US")} pageviews, ${seconds.toFixed(1)} s`);
      },
    });
    await forgetEmpty(options.persistTo);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (firstRun) {
      console.log(
        `${firstRunPrefix} Ready in ${seconds} s: ${report.pageviews.toLocaleString("en-US")} pageviews, ` +
          `${report.comments} comments. See them at ${dashboardPath}`,
      );
      return;
    }
    const { generate, write, rollUp, purge } = report.phases;
    console.log(
      `Seeded ${report.pageviews.toLocaleString("en-US")} pageviews over ${report.days} days: ` +
        `${report.goals} goals, ${report.outbound} outbound clicks, ${report.comments} comments, ${report.botHits} bot hits.`,
    );
    console.log(
      `Took ${seconds} s (generate ${(generate / 1000).toFixed(1)} s, ` +
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
} else if (options.mode === "first-run") {
  // In the background of `npm run dev`: a failure says what to do instead of a stack trace.
  await run(options).catch((error: unknown) => {
    console.error(`${firstRunPrefix} Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`${firstRunPrefix} Stop npm run dev, then run npm run db:seed-demo -- --reset`);
    process.exitCode = 1;
  });
} else await run(options);
