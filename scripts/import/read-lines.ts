/**
 * Reads an import file line by line and checks each line on its own: its size, its JSON,
 * its schema and, for events, that its page belongs to this site (the collector's own
 * check). A bad line is reported with its number and left out whole.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { readPageUrl } from "../../functions/analytics/collect.ts";
import { normalizePagePath } from "../../functions/analytics/page-path.ts";
import type { RequestContext } from "../../functions/analytics/request-context.ts";
import { siteConfig } from "../../site.config.ts";
import { type ImportLine, importLineSchema, maxLineBytes } from "./line-schema.ts";

export interface ReadLine {
  /** 1-based, as an editor shows it. */
  number: number;
  line: ImportLine;
  /**
   * For events, the page's path as the collector stores it (the URL is checked to be this
   * site's); null for comments. The URL itself is parsed again where a row is built, which
   * keeps a million lines in memory much smaller than URL objects would.
   */
  path: string | null;
  /** A hash of the line's fields, in any order and spacing: the key of a pageview without a pageId. */
  hash: string;
}

export interface BadLine {
  number: number;
  problem: string;
}

export interface ReadFile {
  lines: ReadLine[];
  bad: BadLine[];
  linesRead: number;
  blankLines: number;
}

export const siteHost = new URL(siteConfig.url).hostname;

/** What the collector would know of the request: here only the time, the country and the site's own host. */
export function importContext(at: Date, country: string | null): RequestContext {
  return { now: at, ip: "", userAgent: "", country, requestHost: siteHost };
}

function hashFields(value: object): string {
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 32);
}

function parseJson(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

type Checked = { line: ReadLine } | { problem: string };

function checkLine(text: string, number: number, schema: ReturnType<typeof importLineSchema>): Checked {
  if (Buffer.byteLength(text) > maxLineBytes)
    return { problem: `longer than ${maxLineBytes.toLocaleString("en-US")} bytes` };
  const json = parseJson(text);
  if ("problem" in json) return json;
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".");
    return { problem: `${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}` };
  }
  const line = parsed.data;
  const hash = hashFields(typeof json.value === "object" && json.value !== null ? json.value : {});
  if (line.type === "comment") return { line: { number, line, path: null, hash } };
  const url = readPageUrl(line, importContext(line.at, line.country ?? null));
  if (!(url instanceof URL)) return { problem: url.message };
  return { line: { number, line, path: normalizePagePath(url), hash } };
}

/** Every line of `file`; `now` bounds the timestamps. Blank lines are counted and passed over. */
export async function readImportFile(file: string, now: Date): Promise<ReadFile> {
  const schema = importLineSchema(now);
  const result: ReadFile = { lines: [], bad: [], linesRead: 0, blankLines: 0 };
  const input = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of input) {
    const number = ++result.linesRead;
    if (text.trim() === "") {
      result.blankLines++;
      continue;
    }
    const checked = checkLine(text, number, schema);
    if ("line" in checked) result.lines.push(checked.line);
    else result.bad.push({ number, problem: checked.problem });
  }
  return result;
}
