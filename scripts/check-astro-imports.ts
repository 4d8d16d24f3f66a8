/**
 * dependency-cruiser cannot read .astro files, so this applies the same forbidden arrows
 * (.dependency-cruiser.cjs, the rules with a `from.path` and a `to.path`) to the imports
 * of every .astro file under src/. Part of `npm run lint`; exits 1 on a violation.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize, relative } from "node:path";
import { z } from "zod";

const ruleSchema = z.object({
  name: z.string(),
  from: z.object({ path: z.string().optional() }),
  to: z.object({ path: z.string().optional() }),
});
const configSchema = z.object({ forbidden: z.array(z.looseObject(ruleSchema.shape)) });

const config = configSchema.parse(createRequire(import.meta.url)("../.dependency-cruiser.cjs"));
const rules = config.forbidden.flatMap((rule) =>
  rule.from.path && rule.to.path
    ? [{ name: rule.name, from: new RegExp(rule.from.path), to: new RegExp(rule.to.path) }]
    : [],
);

function astroFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith(".astro") ? [path] : [];
  });
}

/** The repository path an import of `specifier` in `file` names; a package as node_modules/<name>. */
function resolveImport(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return `node_modules/${specifier}`;
  const base = normalize(join(dirname(file), specifier));
  const found = ["", ".ts", ".astro", ".mjs", "/index.ts"]
    .map((suffix) => base + suffix)
    .find((path) => existsSync(path));
  return relative(".", found ?? base);
}

const importPattern = /\bimport\s+(?:[\w*{}\s,]+?\s+from\s+)?["']([^"']+)["']/g;
const files = astroFiles("src");
const violations: string[] = [];
for (const file of files) {
  for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(importPattern)) {
    const target = resolveImport(file, specifier);
    for (const rule of rules) {
      if (rule.from.test(file) && rule.to.test(target)) violations.push(`${rule.name}: ${file} → ${target}`);
    }
  }
}

if (violations.length > 0) {
  console.error(violations.join("\n"));
  process.exit(1);
}
console.log(`The imports of ${files.length} .astro files keep the architecture's arrows.`);
