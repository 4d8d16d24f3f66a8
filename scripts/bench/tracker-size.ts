import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { z } from "zod";

export interface TrackerSize {
  name: string;
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** A built post page: the tracker is the module script file it loads that posts to /api/event. */
const postPage = "dist/client/posts/why-pageviews-lie/index.html";

function measure(name: string, file: string, code: Buffer): TrackerSize {
  const brotli = brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  });
  return { name, file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotli.length };
}

function readResonanzTracker(): { file: string; code: Buffer } {
  const files = parse(readFileSync(postPage, "utf8"))
    .querySelectorAll('script[type="module"][src]')
    .map((script) => join("dist/client", script.getAttribute("src") ?? ""))
    .filter((file) => readFileSync(file, "utf8").includes("/api/event"));
  const [file] = files;
  if (!file || files.length !== 1) {
    throw new Error(`${postPage} should load exactly one tracker script; it loads ${files.length}`);
  }
  return { file, code: readFileSync(file) };
}

function packageVersion(name: string): string {
  const manifest = z.object({ version: z.string() });
  return manifest.parse(JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8"))).version;
}

function measurePackageFile(name: string, label: string, file: string): TrackerSize {
  const path = join("node_modules", name, file);
  return measure(`${name}@${packageVersion(name)} ${label}`, path, readFileSync(path));
}

function measureResonanz(): TrackerSize {
  const { file, code } = readResonanzTracker();
  return measure("Resonanz (module script file)", file, code);
}

/** Resonanz's tracker as it ships, beside the bundles the two comparable trackers ship. */
export function measureTrackers(): TrackerSize[] {
  return [
    measureResonanz(),
    measurePackageFile("@plausible-analytics/tracker", "(npm bundle)", "plausible.js"),
    measurePackageFile("@counterscale/tracker", "(script-tag loader, served as /tracker.js)", "dist/loader/tracker.js"),
    measurePackageFile("@counterscale/tracker", "(npm module for bundlers)", "dist/module/index.js"),
  ];
}
