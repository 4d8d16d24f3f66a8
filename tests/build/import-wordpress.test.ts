/**
 * `npm run import:wordpress` as an author runs it, on the fixture exports: a dry run reports
 * everything and writes nothing, and a malformed export names its position and writes nothing.
 * The real import, into a copy of the project that is then built and served, is in
 * tests/e2e/wordpress-import.test.ts.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "./support/import-run";

const timeout = { timeout: 60_000 };
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "resonanz-wordpress-cli-"));
  await mkdir(join(folder, "content"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const listContent = async () => (await readdir(join(folder, "content"), { recursive: true })).sort();

describe("npm run import:wordpress", () => {
  it("reports a dry run in full and writes nothing", timeout, async () => {
    const reportFile = join(folder, "report.json");
    const run = await runScript("import:wordpress", [
      ...["--file", "tests/fixtures/wordpress/blog.xml", "--dry-run"],
      ...["--content", join(folder, "content"), "--report", reportFile],
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Dry run (nothing written)");
    expect(await listContent()).toEqual([]);
    const report = JSON.parse(await readFile(reportFile, "utf8"));
    expect(report).toMatchObject({
      posts: { published: 8, drafts: 2 },
      pages: { published: 3, drafts: 0 },
      comments: { stored: { approved: 7, pending: 1, spam: 1 }, skipped: { "in the trash": 1 } },
      images: { fetched: 0, kept: [expect.anything(), expect.anything()] },
      otherItems: { nav_menu_item: 1 },
    });
    expect(report.files.written).toHaveLength(13);
    expect(report.skipped.map((item: { reason: string }) => item.reason).sort()).toEqual([
      "in the trash",
      "password-protected",
      "private",
    ]);
    expect(report.shortcodes.map((code: { text: string }) => code.text)).toEqual([
      '[gallery ids="31,32" columns="2" link="file" size="medium"]',
      '[contact-form-7 id="12" title="Kontakt"]',
    ]);
    expect(report.shortcodes[0].file).toMatch(/posts\/eindruecke-vom-kundentag-2019\.md$/);
    expect(report.redirects.total).toBeGreaterThan(40);
  });

  it("stops at a malformed export with its position, before writing anything", timeout, async () => {
    const run = await runScript("import:wordpress", [
      ...["--file", "tests/fixtures/wordpress/malformed.xml", "--media", "keep"],
      ...["--content", join(folder, "content"), "--persist-to", join(folder, "state")],
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/malformed\.xml:39:3: unclosed tag <item>/);
    expect(await listContent()).toEqual([]);
    expect(await readdir(folder)).toEqual(["content"]);
  });

  it("refuses an unknown media mode as a usage error", timeout, async () => {
    const run = await runScript("import:wordpress", ["--file", "tests/fixtures/wordpress/blog.xml", "--media", "copy"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--media must be download or keep, not "copy"');
  });

  it("reads an English WXR 1.1 export as English posts", timeout, async () => {
    const reportFile = join(folder, "report.json");
    const run = await runScript("import:wordpress", [
      ...["--file", "tests/fixtures/wordpress/blog-en.xml", "--dry-run"],
      ...["--content", join(folder, "content"), "--report", reportFile],
    ]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(await readFile(reportFile, "utf8"));
    expect(report).toMatchObject({ site: { language: "en" }, posts: { published: 1 } });
    expect(report.comments.stored).toEqual({ approved: 2, pending: 1, spam: 0 });
  });
});
