/**
 * `npm run bench:site [-- --runs N]`: Lighthouse scores for three representative pages and the
 * weight of a post page against its budget, measured on the built site as `npm run preview` serves it.
 * A benchmark, not a test: it exits 0 when a budget fails, and 1 only when it could not measure.
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { auditPages } from "./bench/lighthouse.ts";
import { startBenchPreview } from "./bench/preview.ts";
import { printScores, printWeight } from "./bench/report.ts";
import { runTeardowns, runTeardownsOnSignals, wasInterrupted } from "./bench/teardown.ts";
import { weighPage } from "./bench/weight.ts";

// The home page, a post and a topic page: one of each template a reader lands on.
const pages = ["/", "/posts/why-pageviews-lie/", "/topics/analytics/"];
const weighedPage = "/posts/why-pageviews-lie/";

const usage = "usage: npm run bench:site [-- --runs N]  (N ≥ 1 Lighthouse runs per page, median reported)";

/** The number of Lighthouse runs per page, or undefined when the arguments make no sense. */
function readRuns(): number | undefined {
  try {
    const { values } = parseArgs({ options: { runs: { type: "string", default: "1" } } });
    const runs = Number(values.runs);
    return Number.isInteger(runs) && runs >= 1 ? runs : undefined;
  } catch {
    return undefined;
  }
}

async function benchSite(runs: number): Promise<void> {
  console.error("starting npm run preview…");
  const { url: baseUrl } = await startBenchPreview();
  const weighedUrl = new URL(weighedPage, baseUrl).href;
  const weight = await weighPage(weighedUrl);
  // Lighthouse's simulated throttling scales the CPU time it observes, so a busy machine lowers scores.
  const [loadBefore = 0] = loadavg();
  const audits = await auditPages(baseUrl, pages, runs);
  console.log(`Resonanz site benchmark, ${new Date().toISOString()}`);
  console.log(`${availableParallelism()} CPU cores, 1-minute load average ${loadBefore.toFixed(2)} before Lighthouse`);
  printScores(audits);
  printWeight(weighedUrl, weight);
}

if (!existsSync("dist/client/index.html")) {
  console.error("run npm run build first");
  process.exit(1);
}
const runs = readRuns();
if (runs === undefined) {
  console.error(usage);
  process.exit(1);
}
runTeardownsOnSignals();
try {
  await benchSite(runs);
} catch (error) {
  if (!wasInterrupted()) console.error(error);
  process.exitCode = 1;
} finally {
  await runTeardowns();
}
