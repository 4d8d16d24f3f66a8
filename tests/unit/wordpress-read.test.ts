import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { writeLargeExport } from "../../scripts/lib/wordpress-export.ts";
import { readWxr } from "../../scripts/wordpress/read-wxr.ts";
import type { WxrExport, WxrItem } from "../../scripts/wordpress/wxr.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/wordpress/${name}`, import.meta.url));

function itemById(result: WxrExport, id: number): WxrItem {
  const item = result.items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`no item ${id}`);
  return item;
}

/** Runs `use` on a file of its own in a fresh temporary folder, removed afterwards. */
async function withTempFile<T>(name: string, text: string, use: (file: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), "wxr-read-"));
  try {
    const file = join(folder, name);
    await writeFile(file, text);
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A minimal export around the given channel elements and items. */
function wxr({ version = "<wp:wxr_version>1.2</wp:wxr_version>", items = "" } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n\t<title>Blog</title>\n\t${version}\n${items}\n</channel>\n</rss>\n`;
}

describe("readWxr on blog.xml (WXR 1.2)", () => {
  it("reads the site, the version and the authors without their e-mail addresses", async () => {
    const result = await readWxr(fixture("blog.xml"));
    expect(result.site).toEqual({ title: "Müller & Partner", link: "https://alter-blog.example", language: "de-DE" });
    expect(result.version).toBe("1.2");
    expect(result.authors).toEqual([
      { id: 1, login: "anna", displayName: "Anna Berger" },
      { id: 2, login: "markus", displayName: "Markus Vogel" },
    ]);
  });

  it("reads every item, counted by type and status", async () => {
    const result = await readWxr(fixture("blog.xml"));
    const counts: Record<string, number> = {};
    for (const item of result.items)
      counts[`${item.type}/${item.status}`] = (counts[`${item.type}/${item.status}`] ?? 0) + 1;
    expect(counts).toEqual({
      "post/publish": 9,
      "post/draft": 1,
      "post/pending": 1,
      "post/private": 1,
      "post/trash": 1,
      "attachment/inherit": 4,
      "page/publish": 3,
      "nav_menu_item/publish": 1,
    });
  });

  it("gives each item the line of its <item> start tag", async () => {
    const text = await readFile(fixture("blog.xml"), "utf8");
    const itemLines = text.split("\n").flatMap((line, index) => (line.trim() === "<item>" ? [index + 1] : []));
    const result = await readWxr(fixture("blog.xml"));
    expect(result.items.map((item) => item.line)).toEqual(itemLines);
  });

  it("decodes CDATA and XML entities, and keeps post HTML as written", async () => {
    const result = await readWxr(fixture("blog.xml"));
    const classic = itemById(result, 10);
    expect(classic.title).toBe("Willkommen bei Müller & Partner");
    expect(classic.content.startsWith('[caption id="attachment_11"')).toBe(true);
    expect(classic.content).toContain("Müller &amp; Partner! Wir beraten");
    expect(classic.content).toContain("480&nbsp;€");
    expect(classic.content).toContain("&lt;?php");
    expect(classic.content).toContain("\n\nWas Sie hier erwartet:\n<ul>");
    expect(itemById(result, 20).content).toContain('<!-- wp:embed {"url":"https://vimeo.com/76979871"');
    expect(itemById(result, 20).excerpt).toBe("Fünf Fragen, die wir in jedem Erstgespräch stellen – und warum.");
    expect(itemById(result, 55).title).toBe("");
    expect(itemById(result, 56).content).toBe("");
  });

  it("decodes the HTML entities WordPress stores in term and comment-author names", async () => {
    const result = await readWxr(fixture("blog.xml"));
    expect(itemById(result, 20).terms).toContainEqual({
      domain: "category",
      nicename: "it-sicherheit",
      name: "IT & Sicherheit",
    });
    const authors = result.items.flatMap((item) => item.comments).map((comment) => comment.author);
    expect(authors).toContain("Kanzlei Weber & Söhne");
    expect(authors).toContain("Anderes Blog » Linktipps der Woche");
  });

  it.each([
    { id: 10, case: "GMT date", date: "2019-03-15T10:20:00.000Z", modified: "2019-03-18T08:02:11.000Z" },
    { id: 20, case: "modified years later", date: "2019-03-28T08:00:00.000Z", modified: "2023-05-10T12:30:00.000Z" },
    {
      id: 50,
      case: "draft: zero GMT date, local date as UTC",
      date: "2023-11-20T09:15:00.000Z",
      modified: "2023-11-21T09:00:00.000Z",
    },
    { id: 51, case: "pending: zero GMT date", date: "2023-12-01T14:00:00.000Z", modified: "2023-12-01T13:00:00.000Z" },
  ])("reads the dates of item $id ($case)", async ({ id, date, modified }) => {
    const item = itemById(await readWxr(fixture("blog.xml")), id);
    expect({ date: item.date, modified: item.modified }).toEqual({ date, modified });
  });

  it("reads slugs, parents, flags, terms and attachment URLs as stored", async () => {
    const result = await readWxr(fixture("blog.xml"));
    expect(itemById(result, 40)).toMatchObject({
      name: "%c3%bcber-datenschutz-und-%c3%a4rger",
      commentStatus: "closed",
    });
    expect(itemById(result, 41).name).toBe("ueber-datenschutz-und-aerger");
    expect(itemById(result, 50).name).toBe("");
    expect(itemById(result, 53).hasPassword).toBe(true);
    expect(result.items.filter((item) => item.hasPassword).map((item) => item.id)).toEqual([53]);
    expect(result.items.filter((item) => item.sticky).map((item) => item.id)).toEqual([54]);
    expect(itemById(result, 54).terms).toEqual([
      { domain: "category", nicename: "allgemein", name: "Allgemein" },
      { domain: "post_format", nicename: "post-format-aside", name: "Kurzmitteilung" },
    ]);
    expect(itemById(result, 62)).toMatchObject({
      type: "page",
      parent: 61,
      link: "https://alter-blog.example/leistungen/beratung/",
    });
    expect(itemById(result, 11)).toMatchObject({
      parent: 10,
      attachmentUrl: "https://alter-blog.example/wp-content/uploads/2019/03/beratungsgespraech.jpg",
    });
    expect(itemById(result, 10).attachmentUrl).toBe("");
  });

  it.each([
    { id: 10, meta: { _thumbnail_id: "11", _wp_old_slug: "hallo-welt\nwillkommen" } },
    {
      id: 11,
      meta: {
        _wp_attached_file: "2019/03/beratungsgespraech.jpg",
        _wp_attachment_image_alt: "Zwei Personen im Beratungsgespräch am Besprechungstisch",
      },
    },
    { id: 57, meta: {} },
    { id: 62, meta: { _wp_page_template: "page-templates/leistung.php" } },
    { id: 70, meta: {} },
  ])("keeps only the post meta the importer uses (item $id)", async ({ id, meta }) => {
    expect(itemById(await readWxr(fixture("blog.xml")), id).meta).toEqual(meta);
  });

  it("reads comment threads with their parents, statuses and types", async () => {
    const comments = itemById(await readWxr(fixture("blog.xml")), 10).comments;
    expect(comments.map(({ id, parent, approved, type, userId }) => ({ id, parent, approved, type, userId }))).toEqual([
      { id: 101, parent: 0, approved: "1", type: "comment", userId: 0 },
      { id: 102, parent: 101, approved: "1", type: "comment", userId: 1 },
      { id: 103, parent: 102, approved: "1", type: "comment", userId: 0 },
      { id: 104, parent: 0, approved: "0", type: "comment", userId: 0 },
      { id: 105, parent: 0, approved: "spam", type: "comment", userId: 0 },
      { id: 106, parent: 0, approved: "trash", type: "comment", userId: 0 },
      { id: 107, parent: 0, approved: "1", type: "pingback", userId: 0 },
    ]);
    expect(comments[0]).toEqual({
      id: 101,
      author: "Sabine Kraus",
      authorUrl: "https://sabine-kraus.example",
      date: "2019-03-16T08:12:00.000Z",
      content: "Schöner Start! Gibt es die Checklisten auch als PDF?",
      approved: "1",
      type: "comment",
      parent: 0,
      userId: 0,
    });
  });

  it("falls back to the local comment date when the GMT one is zero", async () => {
    const result = await readWxr(fixture("blog.xml"));
    expect(itemById(result, 40).comments[0]?.date).toBe("2020-01-15T18:30:00.000Z");
    expect(itemById(result, 57).comments[0]?.approved).toBe("post-trashed");
  });
});

describe("readWxr on blog-en.xml (WXR 1.1)", () => {
  it("reads entities outside CDATA, empty comment types and the missing modified date", async () => {
    const result = await readWxr(fixture("blog-en.xml"));
    expect(result.version).toBe("1.1");
    expect(result.site).toEqual({ title: "Jane's Notes", link: "https://old-notes.example", language: "en" });
    const [post] = result.items;
    expect(post).toMatchObject({
      id: 5,
      title: "Tips & Tricks – Part\u00a01",
      date: "2012-01-10T14:03:11.000Z",
      modified: "",
    });
    expect(post?.comments.map(({ id, parent, approved, type }) => ({ id, parent, approved, type }))).toEqual([
      { id: 11, parent: 0, approved: "1", type: "comment" },
      { id: 12, parent: 11, approved: "1", type: "comment" },
      { id: 13, parent: 12, approved: "0", type: "comment" },
    ]);
  });
});

describe("readWxr and personal data", () => {
  it.each(["blog.xml", "blog-en.xml"])("keeps no e-mail or IP address, nor the post password, of %s", async (name) => {
    const text = await readFile(fixture(name), "utf8");
    const element = /<wp:(?:author_email|comment_author_email|comment_author_IP)>(?:<!\[CDATA\[)?([^<\]]+)/g;
    const secrets = [...text.matchAll(element)].map((match) => match[1] ?? "");
    expect(secrets.length).toBeGreaterThan(5);
    const json = JSON.stringify(await readWxr(fixture(name)));
    for (const secret of [...secrets, "Workshop2022!"]) expect(json).not.toContain(secret);
  });
});

describe("readWxr on damaged files", () => {
  it("names the file, line and column of the unclosed item in a truncated export", async () => {
    await expect(readWxr(fixture("malformed.xml"))).rejects.toThrow(
      /malformed\.xml:39:3: unclosed tag <item>: the file ends at 42:\d+$/,
    );
  });

  it("rejects a file that is not XML with its position", async () => {
    await withTempFile("notes.txt", "Das ist kein Export.\nNur Text.\n", async (file) => {
      await expect(readWxr(file)).rejects.toThrow(
        /notes\.txt:1:1: not an XML file: it starts with "Das ist kein Export."/,
      );
    });
  });

  it("rejects a file that does not exist", async () => {
    await expect(readWxr(join(tmpdir(), "wxr-read-missing", "export.xml"))).rejects.toThrow(
      /export\.xml: no such file/,
    );
  });

  it.each([
    { case: "another root", text: "<html><body></body></html>", error: /1:1: the document is <html>, not <rss>/ },
    { case: "no channel", text: '<rss version="2.0"></rss>', error: /1:1: <rss> has no <channel>/ },
    { case: "no version, no items", text: wxr({ version: "" }), error: /3:1: <channel> has no <wp:wxr_version>/ },
    {
      case: "an RSS feed",
      text: wxr({ version: "", items: "<item><title>x</title></item>" }),
      error: /6:1: <item> before <wp:wxr_version>/,
    },
    { case: "a tag closed wrongly", text: wxr({ items: "<item></itme>" }), error: /6:13: unexpected close tag/ },
    {
      case: "an unknown entity",
      text: wxr({ items: "<item><title>a &foo; b</title></item>" }),
      error: /6:20: undefined entity/,
    },
    {
      case: "a post id that is not an integer",
      text: wxr({ items: "<item>\n  <wp:post_id>12a</wp:post_id></item>" }),
      error: /7:3: <wp:post_id> is not an integer: "12a"/,
    },
    {
      case: "a parent that is not an integer",
      text: wxr({ items: "<item><wp:post_parent>-1</wp:post_parent></item>" }),
      error: /6:7: <wp:post_parent> is not an integer/,
    },
    {
      case: "a date that is not a date",
      text: wxr({ items: "<item><wp:post_date_gmt>15.03.2019</wp:post_date_gmt></item>" }),
      error: /6:7: <wp:post_date_gmt> is not a date/,
    },
    {
      case: "a date that does not exist",
      text: wxr({ items: "<item><wp:post_date>2019-02-30 10:00:00</wp:post_date></item>" }),
      error: /6:7: <wp:post_date> is not a valid date/,
    },
    {
      case: "an unknown comment status",
      text: wxr({ items: "<item><wp:comment><wp:comment_approved>maybe</wp:comment_approved></wp:comment></item>" }),
      error: /6:19: <wp:comment_approved> is not a comment status/,
    },
    {
      case: "another encoding",
      text: '<?xml version="1.0" encoding="ISO-8859-1" ?><rss></rss>',
      error: /:1:\d+: the export is encoded as ISO-8859-1/,
    },
  ])("rejects $case with the file and position", async ({ text, error }) => {
    await withTempFile("export.xml", text, async (file) => {
      const failure = readWxr(file);
      await expect(failure).rejects.toThrow(/export\.xml:\d+:\d+: /);
      await expect(failure).rejects.toThrow(error);
    });
  });

  it.each([
    { case: "CDATA split around ]]>", title: "<![CDATA[a]]]]><![CDATA[>b]]>", expected: "a]]>b" },
    { case: "numeric entities", title: "Tipps &#8211; Tricks &#x2014; mehr", expected: "Tipps – Tricks — mehr" },
    { case: "HTML entities outside CDATA", title: "Caf&eacute;&nbsp;&amp;&hellip;", expected: "Café\u00a0&…" },
    { case: "text and CDATA mixed", title: "Teil <![CDATA[<eins>]]> &amp; zwei", expected: "Teil <eins> & zwei" },
  ])("decodes $case", async ({ title, expected }) => {
    await withTempFile("export.xml", wxr({ items: `<item><title>${title}</title></item>` }), async (file) => {
      expect((await readWxr(file)).items[0]?.title).toBe(expected);
    });
  });
});

/** The V8 collector, so that heap figures count what is still reachable rather than garbage. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const collect: unknown = runInNewContext("gc");
  if (typeof collect !== "function") throw new Error("gc is not available");
  return () => collect();
}

describe("readWxr streaming", () => {
  it("reads a 50 MB export with the heap growing far less than three times the file", async () => {
    const collect = exposeGc();
    const folder = await mkdtemp(join(tmpdir(), "wxr-large-"));
    try {
      const file = join(folder, "large.xml");
      const { bytes } = await writeLargeExport(file, { posts: 2_000, commentsPerPost: 10, paragraphsPerPost: 36 });
      expect(bytes).toBeGreaterThan(45_000_000);
      collect();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }, 5);
      const started = performance.now();
      const result = await readWxr(file).finally(() => clearInterval(sampler));
      const seconds = (performance.now() - started) / 1_000;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      collect();
      const retained = process.memoryUsage().heapUsed - before;
      console.info(
        `read ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s; heap peak +${((peak - before) / 1e6).toFixed(0)} MB, ` +
          `retained +${(retained / 1e6).toFixed(0)} MB`,
      );
      expect(result.items).toHaveLength(2_000);
      expect(result.items.reduce((sum, item) => sum + item.comments.length, 0)).toBe(20_000);
      expect(peak - before).toBeLessThan(bytes * 3);
      expect(retained).toBeLessThan(bytes * 1.5);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
