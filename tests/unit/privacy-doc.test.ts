import { existsSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * docs/privacy.md promises readers what Resonanz does and does not do. Under "## English" and
 * "## Deutsch" every sentence ends with references like `[T3]` or `[T3, T7]`, resolved by the
 * table under "## Tests" to a file and the title of a test in it.
 */
const doc = readFileSync("docs/privacy.md", "utf8");
const languages = ["English", "Deutsch"] as const;

/** The text of the `## name` section, up to the next `## ` heading. */
function readSection(name: string): string {
  const [, section = ""] = doc.split(new RegExp(`^## ${name}\\n`, "m"));
  return section.split(/^## /m)[0] ?? "";
}

const reference = /\[(T\d+(?:, T\d+)*)\]/g;
// A sentence ends at . ! or ? before a capital; the doc avoids abbreviations such as "e.g." for this.
const sentenceEnd = /[.!?]\s+(?=[A-ZÄÖÜ])/;

interface Claim {
  text: string;
  ids: string[];
}

/** Each sentence of a stretch of markdown prose, with the test ids it cites, or none. */
function readClaimsOf(markdown: string): Claim[] {
  const prose = markdown
    .split("\n")
    .map((line) => line.replace(/^\s*- /, ""))
    .join(" ");
  const claims: Claim[] = [];
  let start = 0;
  for (const match of prose.matchAll(reference)) {
    const sentences = prose.slice(start, match.index).trim().split(sentenceEnd);
    const cited = sentences.pop() ?? "";
    claims.push(...sentences.map((text) => ({ text, ids: [] })));
    claims.push({ text: cited, ids: (match[1] ?? "").split(", ") });
    start = match.index + match[0].length;
  }
  const rest = prose.slice(start).trim();
  claims.push(
    ...rest
      .split(sentenceEnd)
      .filter(Boolean)
      .map((text) => ({ text, ids: [] })),
  );
  return claims;
}

/** The claims of a language part, one list per `###` section. */
function readClaimSections(language: string): Claim[][] {
  return readSection(language)
    .split(/^### .*$/m)
    .map(readClaimsOf);
}

function readClaims(language: string): Claim[] {
  return readClaimSections(language).flat();
}

/** The rows of the table under "## Tests": id, test file and test title. */
function readTestTable(): { id: string; file: string; title: string }[] {
  return [...readSection("Tests").matchAll(/^\| (T\d+) \| `([^`]+)` \| `([^`]+)` \|$/gm)].map(
    ([, id = "", file = "", title = ""]) => ({ id, file, title }),
  );
}

/** The name a call starts from and the modifiers on the way: `it.each(rows)` is it with each. */
function readCallee(callee: ts.Expression): { name: string; modifiers: string[] } {
  if (ts.isIdentifier(callee)) return { name: callee.text, modifiers: [] };
  const inner = ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee) ? callee.expression : undefined;
  if (!inner) return { name: "", modifiers: [] };
  const found = readCallee(inner);
  return ts.isPropertyAccessExpression(callee)
    ? { ...found, modifiers: [...found.modifiers, callee.name.text] }
    : found;
}

// A skipped test backs nothing, and neither does a test in a skipped describe().
const skipping = new Set(["skip", "todo", "skipIf"]);

/** The titles of a test file's it() and test() calls that run, as written in the source. */
function readTestTitles(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const titles: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const { name, modifiers } = readCallee(node.expression);
      if (modifiers.some((modifier) => skipping.has(modifier))) return;
      const [title] = node.arguments;
      if ((name === "it" || name === "test") && title && ts.isStringLiteralLike(title)) titles.push(title.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return titles;
}

function listCitedIds(claims: Claim[]): string[] {
  return [...new Set(claims.flatMap((claim) => claim.ids))].sort();
}

const table = readTestTable();

describe("docs/privacy.md", () => {
  it.each(languages)("has claims in its %s part", (language) => {
    expect(readClaims(language).length).toBeGreaterThanOrEqual(20);
  });

  it.each(languages)("backs every sentence of its %s part with a test reference", (language) => {
    const unbacked = readClaims(language).filter((claim) => claim.ids.length === 0);
    expect(unbacked.map((claim) => claim.text)).toStrictEqual([]);
  });

  it.each(languages)("ends each cited sentence of its %s part before its reference", (language) => {
    const cut = readClaims(language).filter((claim) => claim.ids.length > 0 && !/[.!?]$/.test(claim.text));
    expect(cut.map((claim) => claim.text)).toStrictEqual([]);
  });

  it("cites the same tests in each German section as in the English one it translates", () => {
    const [english, german] = languages.map((language) => readClaimSections(language).map(listCitedIds));
    expect(english?.length).toBeGreaterThan(1);
    expect(german).toStrictEqual(english);
  });

  it("resolves every cited id in its table, and lists no test it does not cite", () => {
    const listed = table.map((row) => row.id).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toStrictEqual(listCitedIds([...readClaims("English"), ...readClaims("Deutsch")]));
  });

  it.each(table)("finds $id in $file: $title", ({ file, title }) => {
    expect(existsSync(file)).toBe(true);
    expect(readTestTitles(file)).toContain(title);
  });
});
