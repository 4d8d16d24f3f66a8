import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { utcDay } from "../../shared/utc-day";
import { postSchema } from "../../src/lib/post-schema";
import { runScript } from "./support/import-run";

const folders: string[] = [];

async function postsFolder(existing: readonly string[] = []): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-new-post-"));
  folders.push(folder);
  for (const name of existing) await writeFile(join(folder, name), "---\n---\n");
  return folder;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

function newPost(folder: string, ...args: string[]) {
  return runScript("new", [...args, "--content", folder]);
}

async function readFrontmatter(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "");
}

describe("npm run new", () => {
  it("writes a draft dated today whose frontmatter the site accepts, and prints its path and dev URL", async () => {
    const folder = await postsFolder();
    const done = await newPost(
      folder,
      "Über Datenschutz: „Cookies“ & Co.",
      "--lang",
      "en",
      "--tags",
      "Privacy, Web Analytics",
    );
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    const file = join(folder, "ueber-datenschutz-cookies-co.md");
    expect(done.stdout).toContain(file);
    expect(done.stdout).toContain("http://localhost:4321/posts/ueber-datenschutz-cookies-co/");
    const post = postSchema.parse(await readFrontmatter(file));
    expect(post).toMatchObject({
      title: "Über Datenschutz: „Cookies“ & Co.",
      draft: true,
      lang: "en",
      tags: ["Privacy", "Web Analytics"],
    });
    expect(utcDay(post.pubDate)).toBe(utcDay(new Date()));
  });

  it("gives the site's language and a neutral topic when none is named", async () => {
    const folder = await postsFolder();
    const done = await newPost(folder, "Straße");
    expect(done.status).toBe(0);
    const post = postSchema.parse(await readFrontmatter(join(folder, "strasse.md")));
    expect(post).toMatchObject({ lang: "de", tags: ["Sonstiges"], draft: true });
  });

  it("never overwrites a post: the next free number is added to the slug, and only posts count", async () => {
    const folder = await postsFolder(["ueber-uns.md", "ueber-uns-2.mdx", "ueber-uns-3.png"]);
    const done = await newPost(folder, "Über uns");
    expect(done.status).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([
      "ueber-uns-2.mdx",
      "ueber-uns-3.md",
      "ueber-uns-3.png",
      "ueber-uns.md",
    ]);
    await expect(readFile(join(folder, "ueber-uns.md"), "utf8")).resolves.toBe("---\n---\n");
  });

  it.each([
    { case: "no title", args: [], message: "a title is needed" },
    { case: "an unknown language", args: ["Titel", "--lang", "fr"], message: '--lang: "fr" is not one of de, en' },
    { case: "a title without letters", args: ["!!!"], message: "no letter or digit" },
    { case: "a title over 120 characters", args: ["a".repeat(121)], message: "title:" },
    { case: "an unknown option", args: ["Titel", "--draft"], message: "--draft" },
  ])("refuses $case with exit 2 and writes nothing", async ({ args, message }) => {
    const folder = await postsFolder();
    const done = await newPost(folder, ...args);
    expect(done.status).toBe(2);
    expect(done.stderr).toContain(message);
    expect(done.stderr).toContain("usage: npm run new");
    await expect(readdir(folder)).resolves.toEqual([]);
  });
});
