/**
 * `npm run bench:wordpress`: imports a synthetic WordPress export of 2,000 posts and 20,000
 * comments (no media downloads) into a throwaway content folder and local D1, twice, and
 * prints the time of each run. The bound is 60 s on two cores.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLargeExport } from "./lib/wordpress-export.ts";
import { importWordPress } from "./wordpress/run-import.ts";

const posts = 2_000;
const commentsPerPost = 10;

const folder = await mkdtemp(join(tmpdir(), "resonanz-bench-wordpress-"));
try {
  const file = join(folder, "export.xml");
  const { bytes } = await writeLargeExport(file, { posts, commentsPerPost, paragraphsPerPost: 6 });
  const contentFolder = join(folder, "content");
  await cp("content/pages", join(contentFolder, "pages"), { recursive: true });
  await cp("content/redirects.json", join(contentFolder, "redirects.json"));
  const command = {
    file,
    media: "keep" as const,
    target: { kind: "local" as const, persistTo: join(folder, "state") },
    report: undefined,
    contentFolder,
  };
  console.log(`export: ${posts} posts, ${posts * commentsPerPost} comments, ${(bytes / 1e6).toFixed(1)} MB`);
  for (const run of ["first import", "second import (nothing new)"]) {
    const started = performance.now();
    const report = await importWordPress(command, () => {});
    const seconds = (performance.now() - started) / 1000;
    const stored = report.comments.stored;
    console.log(
      `${run}: ${seconds.toFixed(1)} s; ${report.files.written.length} files written, ${report.files.unchanged.length} unchanged; ` +
        `comments ${stored.approved + stored.pending + stored.spam} stored, ${report.comments.alreadyThere} already there, ` +
        `${report.comments.refused.length} refused, ${Object.values(report.comments.skipped).reduce((a, b) => a + b, 0)} skipped; ` +
        `${report.redirects.total} redirects; peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
