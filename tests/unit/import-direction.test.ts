import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The code that scripts/ and tests/ share lives in scripts/lib/, so that the imports run one
 * way: scripts/ and tests/ may use scripts/lib/, and scripts/lib/ uses neither of them.
 */
const specifier = /(?:^|\s)(?:import|export)\b[^"']*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(folder, file));
}

/** The repository paths that `file` imports by relative path; packages and node: modules are left out. */
function localImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(specifier)]
    .map((match) => match[1] ?? match[2] ?? "")
    .filter((path) => path.startsWith("."))
    .map((path) => normalize(join(dirname(file), path)));
}

function importsUnder(files: string[], folder: string): string[] {
  return files.flatMap((file) =>
    localImports(file)
      .filter((target) => target.startsWith(`${folder}/`))
      .map((target) => `${file} → ${target}`),
  );
}

describe("the direction of imports between scripts/ and tests/", () => {
  it("scripts/ imports nothing from tests/", () => {
    expect(importsUnder(sourceFiles("scripts"), "tests")).toEqual([]);
  });

  it("scripts/lib/ imports only from itself", () => {
    const files = sourceFiles("scripts/lib");
    const outside = files.flatMap((file) =>
      localImports(file)
        .filter((target) => !target.startsWith("scripts/lib/"))
        .map((target) => `${file} → ${target}`),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it("tests/ takes from scripts/ only what scripts/lib/ shares, and the WordPress importer it tests", () => {
    // The importer's parts (reading, converting, media) are tested one by one where they live;
    // nothing in scripts/wordpress/ serves tests.
    const tested = ["scripts/lib/", "scripts/wordpress/"];
    const fromScripts = sourceFiles("tests").flatMap((file) =>
      localImports(file)
        .filter((target) => target.startsWith("scripts/") && !tested.some((folder) => target.startsWith(folder)))
        .map((target) => `${file} → ${target}`),
    );
    expect(fromScripts).toEqual([]);
  });
});
