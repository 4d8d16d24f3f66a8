/**
 * Reads back the simple MIME messages the letter is: headers (RFC 5322, RFC 2047 words) and
 * the parts of one multipart/alternative, base64 or 7bit. Enough to check what a mail program
 * would show, without a parser the product does not need.
 */
export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

export interface MimeMessage extends MimePart {
  parts: MimePart[];
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?B\?([^?]*)\?=/gi, (_word, encoded: string) =>
    Buffer.from(encoded, "base64").toString("utf8"),
  );
}

function readPart(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const body = encoding === "base64" ? Buffer.from(rest.replace(/\s+/g, ""), "base64").toString("utf8") : rest;
  return { headers, body };
}

export function parseMime(raw: string): MimeMessage {
  const message = readPart(raw);
  const boundary = /boundary="?([^";\s]+)"?/.exec(message.headers.get("content-type") ?? "")?.[1];
  if (!boundary) return { ...message, parts: [] };
  const chunks = raw.split(`--${boundary}`).slice(1);
  const parts = chunks
    .filter((chunk) => !chunk.startsWith("--"))
    .map((chunk) => readPart(chunk.replace(/^\r?\n/, "").replace(/\r?\n$/, "")));
  return { ...message, parts };
}
