/**
 * What an import did, counted: printed for the author, and written as JSON with `--report`.
 */
import type { CommentsReport } from "./comments/store-comments.ts";
import type { ImagesReport, MediaMode } from "./place-images.ts";
import type { SkippedItem } from "./plan-entries.ts";
import type { WrittenEntries } from "./write-entries.ts";

export interface KindCounts {
  published: number;
  drafts: number;
}

export interface WordPressImportReport {
  file: string;
  dryRun: boolean;
  media: MediaMode;
  /** Where comments went: a local or remote D1, or nowhere in a dry run. */
  database: string;
  site: { title: string; link: string; language: string };
  posts: KindCounts;
  pages: KindCounts;
  files: Omit<WrittenEntries, "shortcodes">;
  skipped: SkippedItem[];
  /** Items of types a blog here does not have (menus, reusable blocks, products, …). */
  otherItems: Record<string, number>;
  attachments: number;
  comments: CommentsReport;
  images: ImagesReport;
  redirects: { total: number; changed: boolean };
  shortcodes: WrittenEntries["shortcodes"];
  notes: { file: string; note: string }[];
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, value) => total + value, 0);
}

function listed(title: string, lines: readonly string[], limit = 20): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, limit).map((line) => `    ${line}`);
  const more = lines.length > limit ? [`    … and ${lines.length - limit} more (see --report)`] : [];
  return [`  ${title}:`, ...shown, ...more];
}

export function formatReport(report: WordPressImportReport): string {
  const { comments, images, files } = report;
  const lines = [
    `${report.dryRun ? "Dry run (nothing written)" : "Imported"}: ${report.file} from ${report.site.title} (${report.site.link})`,
    `  posts: ${report.posts.published} published, ${report.posts.drafts} drafts`,
    `  pages: ${report.pages.published} published, ${report.pages.drafts} drafts`,
    `  files: ${files.written.length} ${report.dryRun ? "to write" : "written"}, ${files.unchanged.length} unchanged, ${files.kept.length} kept as edited`,
    `  skipped: ${report.skipped.length} items${report.skipped.length ? ` (${[...new Set(report.skipped.map((item) => item.reason))].join(", ")})` : ""}`,
    `  comments (${report.database}): ${comments.stored.approved} approved, ${comments.stored.pending} pending, ${comments.stored.spam} spam stored; ${comments.alreadyThere} already there; ${comments.refused.length} refused; ${sum(comments.skipped)} skipped`,
    `  images: ${images.fetched} fetched, ${images.present} already there, ${images.failed.length} failed, ${images.kept.length} kept at their old address`,
    `  redirects: ${report.redirects.total} old addresses in content/redirects.json${report.redirects.changed ? "" : " (unchanged)"}`,
    `  unconverted shortcodes: ${report.shortcodes.length}`,
    ...listed(
      "skipped items",
      report.skipped.map((item) => `#${item.id} "${item.title}": ${item.reason}`),
    ),
    ...listed(
      "comments skipped",
      Object.entries(comments.skipped).map(([reason, count]) => `${count} ${reason}`),
    ),
    ...listed(
      "comments refused",
      comments.refused.map((comment) => `#${comment.wordpressId}: ${comment.message}`),
    ),
    ...listed(
      "images that failed (kept at their old address)",
      images.failed.map((image) => `${image.url}: ${image.reason}`),
    ),
    ...listed(
      "images kept at their old address",
      images.kept.map((image) => image.url),
    ),
    ...listed(
      "shortcodes left in the text",
      report.shortcodes.map((code) => `${code.file}:${code.line}: ${code.text}`),
    ),
    ...listed("files kept as edited (differ from this export)", files.kept),
    ...listed(
      "notes",
      report.notes.map((note) => `${note.file}: ${note.note}`),
    ),
    ...listed(
      "other items not imported",
      Object.entries(report.otherItems).map(([type, count]) => `${count} × ${type}`),
    ),
  ];
  return lines.join("\n");
}
