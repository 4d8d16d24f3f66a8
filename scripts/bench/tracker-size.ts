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

/** A built post page: the tracker is the inline module script that posts to /api/event. */
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

function readResonanzTracker(): Buffer {
  const scripts = parse(readFileSync(postPage, "utf8"))
    .querySelectorAll('script[type="module"]:not([src])')
    .filter((script) => script.rawText.includes("/api/event"));
  const [tracker] = scripts;
  if (!tracker || scripts.length !== 1) {
    throw new Error(`${postPage} should hold exactly one inline tracker script; it holds ${scripts.length}`);
  }
  return Buffer.from(tracker.rawText, "utf8");
}

function packageVersion(name: string): string {
  const manifest = z.object({ version: z.string() });
  return manifest.parse(JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8"))).version;
}

function measurePackageFile(name: string, label: string, file: string): TrackerSize {
  const path = join("node_modules", name, file);
  return measure(`${name}@${packageVersion(name)} ${label}`, path, readFileSync(path));
}

/** Resonanz's tracker as it ships, beside the bundles the two comparable trackers ship. */
export function measureTrackers(): TrackerSize[] {
  return [
    measure("Resonanz (inline module script)", postPage, readResonanzTracker()),
    measurePackageFile("@plausible-analytics/tracker", "(npm bundle)", "plausible.js"),
    measurePackageFile("@counterscale/tracker", "(script-tag loader, served as /tracker.js)", "dist/loader/tracker.js"),
    measurePackageFile("@counterscale/tracker", "(npm module for bundlers)", "dist/module/index.js"),
  ];
}
