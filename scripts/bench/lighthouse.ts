/**
 * Runs Lighthouse on pages of the preview server. No config is passed, so Lighthouse uses its
 * defaults: a mobile device with simulated slow-4G throttling, the setting PageSpeed Insights shows first.
 */
import lighthouse, { type Result } from "lighthouse";
import { startChromium } from "./chromium.ts";
import { categoryIds, type PageAudit, summarizeRuns } from "./scores.ts";

async function runLighthouse(url: string, port: number): Promise<Result> {
  const runnerResult = await lighthouse(url, { port, logLevel: "error", onlyCategories: [...categoryIds] });
  if (runnerResult === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = runnerResult;
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  return lhr;
}

/** Audits each page `runs` times, one run after another so that runs do not share the CPU. */
export async function auditPages(baseUrl: string, paths: readonly string[], runs: number): Promise<PageAudit[]> {
  const chromium = await startChromium();
  try {
    const audits: PageAudit[] = [];
    for (const path of paths) {
      const results: Result[] = [];
      for (let run = 1; run <= runs; run += 1) {
        console.error(`lighthouse ${path} (run ${run}/${runs})`);
        results.push(await runLighthouse(new URL(path, baseUrl).href, chromium.port));
      }
      audits.push(summarizeRuns(path, results));
    }
    return audits;
  } finally {
    await chromium.stop();
  }
}
