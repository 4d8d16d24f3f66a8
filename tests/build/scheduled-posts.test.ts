/**
 * A post dated in the future goes live by itself: each build publishes what is due at the
 * moment it runs (src/lib/posts.ts), and a daily rebuild (docs/publishing.md) makes that
 * moment come. A copy of the project is built with one post whose date has just passed and one
 * dated tomorrow; the first is everywhere a post appears, the second nowhere.
 */
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayMs } from "../../shared/utc-day";
import { copyProjectSources } from "../support/project-copy";
import { runScript } from "./support/import-run";

// A build took 44 s here on two shared cores, and runs beside other tests.
const buildTimeoutMs = 240_000;
const textExtensions = new Set([".html", ".xml", ".txt", ".json"]);

const buildStarted = new Date();
const posts = {
  due: {
    slug: "scheduled-a-minute-ago",
    title: "Geplant: seit einer Minute fällig",
    pubDate: new Date(buildStarted.getTime() - 60_000),
  },
  later: {
    slug: "scheduled-for-tomorrow",
    title: "Geplant: erst morgen fällig",
    pubDate: new Date(buildStarted.getTime() + dayMs),
  },
};

let root = "";
let client = "";
let textFiles: { path: string; text: string }[] = [];

function postFile(post: { title: string; pubDate: Date }): string {
  return [
    "---",
    `title: "${post.title}"`,
    'description: "Ein geplanter Beitrag."',
    `pubDate: ${post.pubDate.toISOString()}`,
    'tags: ["Redaktionsplanung"]',
    "---",
    "",
    "Erscheint, sobald sein Datum vorbei ist.",
    "",
  ].join("\n");
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "resonanz-scheduled-"));
  await copyProjectSources(root);
  await symlink(join(process.cwd(), "node_modules"), join(root, "node_modules"));
  for (const post of Object.values(posts))
    await writeFile(join(root, "content/posts", `${post.slug}.md`), postFile(post));
  const build = await runScript("build", [], root, buildTimeoutMs);
  if (build.status !== 0)
    throw new Error(`npm run build exited ${build.status}:\n${(build.stdout + build.stderr).slice(-4000)}`);
  client = join(root, "dist/client");
  const paths = (await readdir(client, { recursive: true, encoding: "utf8" })).filter((path) =>
    textExtensions.has(extname(path)),
  );
  textFiles = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(client, path), "utf8") })),
  );
}, buildTimeoutMs + 30_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function filesMentioning(text: string): string[] {
  return textFiles.filter((file) => file.text.includes(text)).map((file) => file.path);
}

describe("scheduled posts", () => {
  it("publishes a post whose date has passed: its page, the feed, the sitemap and the dashboard's catalog", () => {
    const found = filesMentioning(`/posts/${posts.due.slug}/`);
    expect(found).toContain(`posts/${posts.due.slug}/index.html`);
    expect(found).toEqual(expect.arrayContaining(["rss.xml", "sitemap-0.xml", "index.html"]));
    expect(filesMentioning(posts.due.slug)).toContain("catalog.json");
  });

  it("leaves a post dated after the build out of every built file", () => {
    expect(filesMentioning(posts.later.slug)).toEqual([]);
    expect(filesMentioning(posts.later.title)).toEqual([]);
  });
});
