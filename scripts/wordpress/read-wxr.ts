/**
 * Reads a WordPress export (WXR 1.1/1.2) into the importer's model, streaming: the file passes
 * through saxes in the stream's chunks, and only the values the model keeps are collected, so the
 * whole text is never in memory. A damaged file rejects with "file:line:column: reason".
 */

import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";
import type { WxrExport } from "./wxr.ts";
import { createWxrCollector, type Position } from "./wxr-collector.ts";
import { htmlEntities } from "./wxr-entities.ts";

export async function readWxr(file: string): Promise<WxrExport> {
  const fail = (at: Position, reason: string) => new Error(`${file}:${at.line}:${at.column}: ${reason}`);
  // Without namespaces: WordPress has always written the prefixes wp:, content:, excerpt: and dc:,
  // while the URI behind wp: changes with each WXR version.
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Exports edited by plugins or by hand carry HTML's named entities outside CDATA as well.
  Object.assign(parser.ENTITIES, htmlEntities);
  const collector = createWxrCollector(fail);

  // saxes reports its position after the character it stopped at: as a 1-based column, that is
  // the column of that character. Its own message starts with that position, without a file.
  parser.on("error", (error) => {
    const prefix = `${parser.line}:${parser.column}: `;
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw fail({ line: parser.line, column: parser.column }, reason);
  });
  parser.on("xmldecl", (declaration) => {
    const encoding = declaration.encoding ?? "UTF-8";
    if (!/^utf-?8$/i.test(encoding)) {
      throw fail(currentPosition(parser), `the export is encoded as ${encoding}; only UTF-8 is read`);
    }
  });
  let tagStart: Position = { line: 1, column: 1 };
  parser.on("opentagstart", (tag) => {
    tagStart = startOfTag(parser, tag.name);
  });
  parser.on("opentag", (tag) => collector.open(tag.name, tag.attributes, tagStart));
  parser.on("closetag", () => collector.close());
  parser.on("text", (text) => collector.text(text));
  parser.on("cdata", (text) => collector.text(text));

  const stream = createReadStream(file, { encoding: "utf8" });
  let start: Position | undefined = { line: 1, column: 1 };
  try {
    for await (const chunk of stream) {
      if (typeof chunk !== "string") continue;
      if (start !== undefined) start = checkStart(chunk, start, fail);
      parser.write(chunk);
    }
  } catch (error) {
    if (isMissingFile(error)) throw new Error(`${file}: no such file`, { cause: error });
    throw error;
  }
  const result = collector.finish(currentPosition(parser));
  parser.close();
  return result;
}

/**
 * saxes notices text before the root only where that text ends, so a file that is not XML at all
 * is caught here, at its first character. Returns where to go on looking while the file has only
 * shown white space; undefined once it has shown its first character.
 */
function checkStart(chunk: string, at: Position, fail: (at: Position, reason: string) => Error): Position | undefined {
  let { line, column } = at;
  for (const character of chunk) {
    if (character === "\n") {
      line += 1;
      column = 1;
    } else if (/\s|\uFEFF/.test(character)) column += 1;
    else if (character === "<") return undefined;
    else throw fail({ line, column }, `not an XML file: it starts with ${JSON.stringify(chunk.trim().slice(0, 20))}`);
  }
  return { line, column };
}

function currentPosition(parser: SaxesParser): Position {
  return { line: parser.line, column: parser.column };
}

/**
 * The start tag's "<": saxes announces a tag once it has read the character after its name.
 * When that character was a line break, the column is unknown and the tag's line is reported.
 */
function startOfTag(parser: SaxesParser, name: string): Position {
  const column = parser.column - name.length - 1;
  return column >= 1 ? { line: parser.line, column } : { line: parser.line - 1, column: 1 };
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
