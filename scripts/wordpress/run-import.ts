/**
 * The import, step by step: read the whole export first (a malformed one stops everything
 * before anything is written), plan every post, page, image, comment and old address, then
 * write files, fetch images and store comments. Each step skips what an earlier run did.
 */
import { join } from "node:path";
import { utcDay } from "../../shared/utc-day.ts";
import { buildCatalogFromPosts } from "../seed/catalog.ts";
import { type D1Target, startHistoryWorker } from "./comments/history-worker-process.ts";
import { type CommentsPlan, planComments } from "./comments/plan-comments.ts";
import { type CommentsReport, storeComments } from "./comments/store-comments.ts";
import { linkInternally } from "./internal-links.ts";
import { planOldAddresses } from "./old-addresses.ts";
import type { WordPressCommand } from "./options.ts";
import { placeImages } from "./place-images.ts";
import { type PlannedEntry, planEntries } from "./plan-entries.ts";
import { readWxr } from "./read-wxr.ts";
import type { KindCounts, WordPressImportReport } from "./report.ts";
import { languageOfExport } from "./site-language.ts";
import { writeEntries } from "./write-entries.ts";
import { mergeRedirects } from "./write-redirects.ts";

function countKind(entries: readonly PlannedEntry[], kind: "post" | "page"): KindCounts {
  const ofKind = entries.filter((entry) => entry.kind === kind);
  return {
    published: ofKind.filter((entry) => !entry.draft).length,
    drafts: ofKind.filter((entry) => entry.draft).length,
  };
}

/** What a dry run would store: the plan's comments, counted by status. */
function plannedComments(plan: CommentsPlan): CommentsReport {
  const stored = { approved: 0, pending: 0, spam: 0 };
  for (const planned of plan.waves.flat()) stored[planned.entry.status]++;
  return { stored, alreadyThere: 0, refused: [], skipped: plan.skipped };
}

async function storeInD1(
  target: D1Target,
  contentFolder: string,
  plan: CommentsPlan,
): Promise<{ where: string; report: CommentsReport }> {
  const worker = await startHistoryWorker(target);
  try {
    // The posts table must know the imported posts before their comments arrive; the cron
    // syncs the same catalog from the next build.
    await worker.syncCatalog(await buildCatalogFromPosts(utcDay(new Date()), join(contentFolder, "posts")));
    return { where: worker.where, report: await storeComments(worker, plan) };
  } finally {
    await worker.stop();
  }
}

export async function importWordPress(
  command: WordPressCommand,
  log: (message: string) => void,
): Promise<WordPressImportReport> {
  const dryRun = command.target.kind === "none";
  const { contentFolder } = command;
  const data = await readWxr(command.file);
  log(`read ${data.items.length} items from ${command.file} (WXR ${data.version})`);
  const lang = languageOfExport(data.site.language);
  const planned = await planEntries(data, contentFolder, lang);
  const images = await placeImages(planned.entries, {
    mode: command.media,
    siteLink: data.site.link,
    contentFolder,
    dryRun,
  });
  const oldAddresses = planOldAddresses(images.entries, data.site.link);
  const entries = linkInternally(images.entries, data.site.link, oldAddresses);
  const commentsPlan = planComments(data.items, entries, data.authors, lang);
  const files = await writeEntries(entries, { contentFolder, dryRun });
  const redirects = await mergeRedirects(contentFolder, oldAddresses, { dryRun });
  const comments =
    command.target.kind === "none"
      ? { where: "no database (dry run)", report: plannedComments(commentsPlan) }
      : await storeInD1(command.target, contentFolder, commentsPlan);
  const { shortcodes, ...written } = files;
  return {
    file: command.file,
    dryRun,
    media: command.media,
    database: comments.where,
    site: data.site,
    posts: countKind(entries, "post"),
    pages: countKind(entries, "page"),
    files: written,
    skipped: planned.skipped,
    otherItems: planned.otherTypes,
    attachments: planned.attachments,
    comments: comments.report,
    images: images.report,
    redirects,
    shortcodes,
    notes: entries.flatMap((entry) => entry.notes.map((note) => ({ file: join(contentFolder, entry.file), note }))),
  };
}
