/** The command line of `npm run import:wordpress`. */
import { parseArgs } from "node:util";
import { type ImportTarget, readImportTarget } from "../import/options.ts";
import type { MediaMode } from "./place-images.ts";

export const usage = `usage: npm run import:wordpress -- --file export.xml [--media download|keep]
                                [--persist-to DIR | --remote] [--dry-run] [--report FILE]

Imports a WordPress export (Tools → Export → All content; WXR 1.1 or 1.2): published posts
into content/posts/, pages into content/pages/, drafts and pending posts as drafts, comments
into D1 (without e-mail or IP addresses), and every old address into content/redirects.json.
Running it again with the same export changes nothing.

  --file FILE       the export to import (required)
  --media MODE      download (default): fetch the posts' images into content/posts/images/;
                    keep: leave them at their address on the old blog
  --persist-to DIR  comments go to the local D1 under DIR, as for wrangler --persist-to
                    (default .wrangler/state, the one \`npm run dev\` uses)
  --remote          comments go to the deployed D1 named in wrangler.jsonc (needs
                    \`npx wrangler login\` and the remote migrations applied)
  --dry-run         read, convert and report; write no file, fetch no image, open no database
  --report FILE     also write the report as JSON to FILE
  --content DIR     the content folder to write to (default content)
  --help            this text

Exit status: 0 when imported, 1 when the export could not be read or the import failed
(nothing written for an unreadable export), 2 for a usage error. See the README, "Moving
from WordPress".`;

export interface WordPressCommand {
  file: string;
  media: MediaMode;
  target: ImportTarget;
  report: string | undefined;
  contentFolder: string;
}

export type ReadCommand = WordPressCommand | "help" | { error: string };

function mediaModeOf(value: string | undefined): MediaMode | undefined {
  if (value === undefined || value === "download") return "download";
  if (value === "keep") return "keep";
  return undefined;
}

export function readCommand(args: string[]): ReadCommand {
  try {
    const { values } = parseArgs({
      args,
      options: {
        file: { type: "string" },
        media: { type: "string" },
        "persist-to": { type: "string" },
        remote: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        report: { type: "string" },
        content: { type: "string", default: "content" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return "help";
    if (!values.file) return { error: "--file is required" };
    const media = mediaModeOf(values.media);
    if (!media) return { error: `--media must be download or keep, not "${values.media}"` };
    const target = readImportTarget(values);
    if ("error" in target) return target;
    return { file: values.file, media, target, report: values.report, contentFolder: values.content };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
