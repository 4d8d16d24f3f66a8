import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const queriesFolder = "functions/queries";

/** A call that reads from D1: drizzle's select builders and raw `db.all` / `db.get`. */
const queryStart = /\bdb\s*\.\s*(?:select|selectDistinct|all|get)\b/g;
/** What bounds one: a LIMIT clause, `.limit(`, or the paging helper that writes LIMIT … OFFSET. */
const bounded = /\bLIMIT\b|\.limit\(|pageSql\(/;
/** A documented exemption: `// Bounded: <why>` on one of the lines right above the query. */
const exemption = /\/\/ Bounded: \S.*$/m;

interface Query {
  file: string;
  line: number;
  text: string;
  above: string;
}

/** Each query of a file: from its `db.` to the end of its statement (a `;` ending a line), and the three lines above. */
function findQueries(file: string): Query[] {
  const source = readFileSync(join(queriesFolder, file), "utf8");
  return [...source.matchAll(queryStart)].map((match) => {
    const start = match.index;
    const end = source.slice(start).search(/;\s*$/m);
    const lineOf = source.slice(0, start).split("\n").length;
    const above = source
      .split("\n")
      .slice(Math.max(0, lineOf - 4), lineOf)
      .join("\n");
    return { file, line: lineOf, text: source.slice(start, end === -1 ? undefined : start + end), above };
  });
}

const queries = readdirSync(queriesFolder)
  .filter((file) => file.endsWith(".ts"))
  .flatMap(findQueries);

describe("every query the dashboard and its exports run", () => {
  it("is found by this test (the folder has queries)", () => {
    expect(queries.length).toBeGreaterThan(20);
  });

  it.each(queries.map((query) => ({ where: `${query.file}:${query.line}`, query })))(
    "$where has a LIMIT or a documented exemption",
    ({ query }) => {
      const ok = bounded.test(query.text) || exemption.test(query.above);
      expect(ok, `${query.file}:${query.line} reads without a LIMIT:\n${query.text.slice(0, 300)}`).toBe(true);
    },
  );
});
