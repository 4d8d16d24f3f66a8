/** Prints the benchmark's figures as plain-text tables, the form docs/benchmarks.md quotes. */
import { categoryIds, type PageAudit } from "./scores.ts";
import { printTable } from "./text-table.ts";
import { budgetGzipBytes, type PageWeight } from "./weight.ts";

function formatBytes(bytes: number): string {
  return bytes.toLocaleString("en-US");
}

export function printScores(audits: readonly PageAudit[]): void {
  const [first] = audits;
  if (first === undefined) return;
  const { lighthouseVersion, browser, benchmarkIndex } = first.environment;
  const runs = first.runs === 1 ? "1 run" : `median of ${first.runs} runs`;
  console.log(
    `\nLighthouse ${lighthouseVersion}, default mobile settings, ${browser}, benchmarkIndex ${benchmarkIndex}`,
  );
  console.log(`Category scores ×100 (${runs} per page)\n`);
  printTable(
    ["page", ...categoryIds],
    audits.map((audit) => [audit.path, ...categoryIds.map((id) => String(audit.scores.get(id) ?? "n/a"))]),
  );
  console.log("\nAudits scoring below 1:");
  for (const audit of audits) {
    console.log(`\n  ${audit.path}${audit.failing.length === 0 ? ": none" : ""}`);
    for (const failing of audit.failing) {
      const value = failing.displayValue ? ` (${failing.displayValue})` : "";
      const categories = failing.categories.map((ref) => `${ref.categoryId}, weight ${ref.weight}`).join("; ");
      console.log(`    ${failing.score.toFixed(2)}  ${failing.id}: ${failing.title}${value} [${categories}]`);
    }
    for (const errored of audit.errored) {
      console.log(`    error ${errored.id}: ${errored.title}: ${errored.message}`);
    }
  }
}

export function printWeight(pageUrl: string, weight: PageWeight): void {
  console.log(`\nWeight of ${new URL(pageUrl).pathname} (HTML + referenced stylesheets and scripts)\n`);
  printTable(
    ["resource", "kind", "raw B", "gzip -9 B"],
    [
      ...weight.resources.map((resource) => [
        new URL(resource.url).pathname,
        resource.kind,
        formatBytes(resource.rawBytes),
        formatBytes(resource.gzipBytes),
      ]),
      ["total", "", formatBytes(weight.rawBytes), formatBytes(weight.gzipBytes)],
    ],
  );
  const verdict = weight.gzipBytes <= budgetGzipBytes ? "PASS" : "FAIL";
  const margin = Math.abs(budgetGzipBytes - weight.gzipBytes);
  const relation = verdict === "PASS" ? "under" : "over";
  console.log(
    `\nBudget ${formatBytes(budgetGzipBytes)} B gzip: ${verdict} ` +
      `(${formatBytes(weight.gzipBytes)} B, ${formatBytes(margin)} B ${relation})`,
  );
  const blocking = weight.renderBlockingScripts;
  console.log(`Render-blocking scripts in <head>: ${blocking.length === 0 ? "none" : blocking.join(", ")}`);
  console.log(`Inline classic scripts in <head> (no request, but they hold the parser): ${weight.inlineHeadScripts}`);
  console.log(`Font files referenced: ${weight.fonts.length === 0 ? "none" : weight.fonts.join(", ")}`);
}
