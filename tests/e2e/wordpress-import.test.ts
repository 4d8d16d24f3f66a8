/**
 * A WordPress blog moved in end to end: the fixture export imported into a copy of the
 * project, built and served. Every old address of the export answers with a redirect that
 * ends at a page; comments, images and search work on the imported posts; a second import
 * changes nothing; and no e-mail or IP address of the export reaches the database.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readWxr } from "../../scripts/wordpress/read-wxr";
import type { WxrExport } from "../../scripts/wordpress/wxr";
import { readD1, readDatabaseFiles, runScript, selectAll } from "../build/support/import-run";
import { launchChromium } from "../support/chromium";
import { buildImportedSite, type ImportedSite, missingImage } from "./support/imported-site";

const fixture = "tests/fixtures/wordpress/blog.xml";
const personalData = [
  ...["anna.berger", "markus.vogel", "sabine.kraus", "tom", "uhren", "max.mustermann", "kanzlei", "lena"].map(
    (name) => `${name}@example.com`,
  ),
  ...["heinz.schulz@example.com", "kunde.a@example.com"],
  ...["203.0.113.7", "198.51.100.23", "203.0.113.8", "2001:db8::1", "192.0.2.99", "203.0.113.50", "192.0.2.10"],
];
const setupTimeout = 240_000;
const replySchema = z.object({ byAuthor: z.boolean(), answers: z.string().nullable() });
const threadsSchema = z.object({
  comments: z.array(z.object({ name: z.string(), createdAt: z.string(), replies: z.array(replySchema) })),
});

let site: ImportedSite;
let data: WxrExport;

beforeAll(async () => {
  data = await readWxr(fixture);
  site = await buildImportedSite(fixture);
}, setupTimeout);

afterAll(async () => {
  await site?.stop();
});

/** Every public address the old blog had for what the import publishes, from the export itself. */
function oldAddresses(): string[] {
  const published = data.items.filter(
    (item) => (item.type === "post" || item.type === "page") && item.status === "publish" && !item.hasPassword,
  );
  const addresses = new Set<string>(["/feed/"]);
  for (const item of published) {
    addresses.add(new URL(item.link).pathname);
    addresses.add(item.type === "post" ? `/?p=${item.id}` : `/?page_id=${item.id}`);
    if (item.type !== "post") continue;
    addresses.add(`/${item.date.slice(0, 4)}/${item.date.slice(5, 7)}/`);
    for (const term of item.terms) {
      if (term.domain === "category") addresses.add(`/category/${term.nicename}/`);
      if (term.domain === "post_tag") addresses.add(`/tag/${term.nicename}/`);
    }
  }
  return [...addresses];
}

async function hashFolder(folder: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    const path = join(folder, name);
    if (/\.(md|mdx|json|jpg)$/.test(name)) hash.update(name).update(await readFile(path));
  }
  return hash.digest("hex");
}

describe("a WordPress blog moved in", () => {
  it("answers every old address with one redirect to a page that exists", async () => {
    const addresses = oldAddresses();
    expect(addresses.length).toBeGreaterThan(25);
    const failures: string[] = [];
    for (const address of addresses) {
      const first = await fetch(`${site.preview.url}${address}`, { redirect: "manual" });
      const location = first.headers.get("Location");
      const target = location ? new URL(location, site.preview.url) : undefined;
      const last = target ? await fetch(target, { redirect: "manual" }) : first;
      const samePlace = address === "/impressum/" || address === "/leistungen/";
      if (samePlace ? first.status !== 200 : first.status !== 301 || last.status !== 200) {
        failures.push(`${address}: ${first.status} → ${target?.pathname ?? "-"} ${last.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps a percent-encoded umlaut address however the browser spells it", async () => {
    for (const spelling of [
      "/2020/01/%c3%bcber-datenschutz-und-%c3%a4rger/",
      "/2020/01/%C3%BCber-datenschutz-und-%C3%A4rger",
    ]) {
      const response = await fetch(`${site.preview.url}${spelling}`, { redirect: "manual" });
      expect(response.status, spelling).toBe(301);
      expect(response.headers.get("Location")).toMatch(/\/posts\/ueber-datenschutz-und-aerger\/$/);
    }
  });

  it("builds the imported posts without a warning about them", () => {
    const warnings = site.buildOutput
      .split("\n")
      .filter((line) => /warn/i.test(line) && !/why-pageviews-lie\.mdx/.test(line));
    expect(warnings).toEqual([]);
  });

  it("shows the imported comments in their threads, without the pending, spam and trash ones", async () => {
    const response = await fetch(`${site.preview.url}/api/comments?post=willkommen-bei-mueller-partner`);
    const { comments } = threadsSchema.parse(await response.json());
    expect(comments).toHaveLength(1);
    const [thread] = comments;
    expect(thread).toMatchObject({ name: "Sabine Kraus", createdAt: expect.stringMatching(/^2019-03-/) });
    expect(thread?.replies.map((reply) => [reply.byAuthor, reply.answers])).toEqual([
      [true, null],
      [false, "Anna Berger"],
    ]);
    const page = await (await fetch(`${site.preview.url}/posts/willkommen-bei-mueller-partner/comments/`)).text();
    expect(page).toContain("Antwort auf Anna Berger");
  });

  it("fetches the images it can and keeps the one the old blog lost at its old address", async () => {
    const images = await readdir(join(site.root, "content/posts/images"));
    expect(images.some((name) => name.startsWith("beratungsgespraech-300x200-"))).toBe(true);
    const post = await (await fetch(`${site.preview.url}/posts/willkommen-bei-mueller-partner/`)).text();
    const image = /<img[^>]*src="\/_astro\/beratungsgespraech[^>]*>/.exec(post)?.[0];
    expect(image).toContain('alt="Zwei Personen im Beratungsgespräch');
    const report = JSON.parse(await readFile(join(site.root, "report.json"), "utf8"));
    expect(report.images).toMatchObject({ fetched: 1, failed: [expect.objectContaining({ reason: "HTTP 404" })] });
    expect(report.images.failed[0].url).toContain(missingImage);
  });

  it("finds an imported post with the site's search", async () => {
    const context: BrowserContext = await launchChromium();
    try {
      const page = await context.newPage();
      await page.goto(`${site.preview.url}/search/?q=Haftnotizen`);
      await page.waitForFunction(() => {
        const results = document.querySelector(".pagefind-ui__results");
        return results !== null && results.querySelector(".pagefind-ui__loading") === null;
      });
      const links = await page
        .locator(".pagefind-ui__result-link")
        .evaluateAll((found) => found.map((link) => link.getAttribute("href")));
      expect(links).toContain("/posts/fuenf-fragen-zur-digitalisierung-im-mittelstand/");
    } finally {
      await context.close();
    }
  });

  it("stores no e-mail or IP address of the export, in the database or the files", async () => {
    const database = await readDatabaseFiles({
      persistTo: site.persistTo,
      file: site.exportFile,
      remove: async () => {},
    });
    const files = await Promise.all(
      (await readdir(join(site.root, "content"), { recursive: true }))
        .filter((name) => /\.(md|json)$/.test(name))
        .map((name) => readFile(join(site.root, "content", name), "utf8")),
    );
    expect(database.length).toBeGreaterThan(0);
    for (const value of personalData) {
      expect(database.includes(value), value).toBe(false);
      expect(
        files.some((text) => text.includes(value)),
        value,
      ).toBe(false);
    }
    expect(await readFile(site.exportFile, "utf8")).toContain("203.0.113.7");
  });

  it(
    "changes nothing when the same export is imported again",
    async () => {
      const before = await hashFolder(join(site.root, "content"));
      const count = () =>
        readD1({ persistTo: site.persistTo, file: site.exportFile, remove: async () => {} }, (db) =>
          selectAll<{ n: number }>(db, "SELECT count(*) AS n FROM comments"),
        );
      const [stored] = await count();
      const again = await runScript("import:wordpress", [
        "--file",
        site.exportFile,
        "--persist-to",
        site.persistTo,
        "--content",
        join(site.root, "content"),
      ]);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/0 approved, 0 pending, 0 spam stored; 9 already there/);
      expect(again.stdout).toMatch(/0 written, 13 unchanged/);
      expect(await hashFolder(join(site.root, "content"))).toBe(before);
      expect(await count()).toEqual([stored]);
      expect(existsSync(join(site.root, "content/redirects.json"))).toBe(true);
    },
    setupTimeout,
  );
});
