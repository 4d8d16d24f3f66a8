import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { downloadImages } from "../../scripts/wordpress/media/download-images";
import { mediaFileName } from "../../scripts/wordpress/media/file-name";
import { type AcceptedImageType, matchesImageType } from "../../scripts/wordpress/media/image-types";
import { linkLocalImages } from "../../scripts/wordpress/media/link-local-images";
import { jpeg, makePng } from "../support/test-images";

const png = makePng();
const maxBytes = 2048;
const timeoutMs = 300;
/** How long each /paced/ response waits, so that requests overlap when the client lets them. */
const pacedDelayMs = 40;

function send(response: ServerResponse, status: number, type: string, body: Buffer | string): void {
  response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  response.end(body);
}

/** The old blog's host: one route per way an image can arrive or fail to. */
async function startImageServer() {
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request, response) => {
    const path = request.url ?? "";
    requests.push(path);
    response.on("error", () => {});
    if (path.startsWith("/paced/")) {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        send(response, 200, "image/png", png);
      }, pacedDelayMs);
      return;
    }
    switch (path) {
      case "/image.png":
        return send(response, 200, "image/png", png);
      case "/photo.jpg":
        return send(response, 200, "image/jpeg; charset=binary", jpeg);
      case "/moved.png":
        response.writeHead(302, { location: "/image.png" });
        return response.end();
      case "/html-as-jpeg.jpg":
        return send(response, 200, "image/jpeg", "<!doctype html><title>Fehler</title><p>Nicht gefunden</p>");
      case "/page.jpg":
        return send(response, 200, "text/html; charset=utf-8", "<!doctype html><p>Hallo</p>");
      case "/drawing.png":
        return send(response, 200, "image/svg+xml", '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
      case "/declared-large.png":
        // Declares more than maxBytes, then stalls: only a check of the header refuses it in time.
        response.writeHead(200, { "content-type": "image/png", "content-length": maxBytes + 1 });
        response.write(png.subarray(0, 40));
        return;
      case "/streams-large.png":
        // No Content-Length: the body is chunked, and only its bytes tell how large it is.
        response.writeHead(200, { "content-type": "image/png" });
        response.write(png);
        for (let chunk = 0; chunk < 8; chunk++) response.write(Buffer.alloc(1024));
        return response.end();
      case "/stalls-before-headers.png":
        return;
      case "/stalls-mid-body.png":
        response.writeHead(200, { "content-type": "image/png" });
        response.write(png.subarray(0, 40));
        return;
      default:
        return send(response, 404, "text/html", "<p>Not Found</p>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no port");
  const origin = `http://127.0.0.1:${address.port}`;
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: (path: string) => `${origin}${path}`,
    requests,
    maxInFlight: () => maxInFlight,
  };
}

async function makeFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-wp-media-"));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

const limits = { maxBytes, timeoutMs };

describe("mediaFileName", () => {
  it.each([
    {
      url: "https://alter-blog.example/wp-content/uploads/2019/03/buero-1024x768.jpg",
      stem: "buero-1024x768",
      ext: "jpg",
    },
    {
      url: "https://alter-blog.example/wp-content/uploads/B%C3%BCro-Stra%C3%9Fe.PNG",
      stem: "buero-strasse",
      ext: "png",
    },
    {
      url: "https://alter-blog.example/u/Caf%C3%A9%20Cr%C3%A8me%20(2).JPEG?resize=300",
      stem: "cafe-creme-2",
      ext: "jpeg",
    },
    { url: "https://alter-blog.example/u/%E2%80%9EZitat%E2%80%9C.webp#top", stem: "zitat", ext: "webp" },
    { url: "https://alter-blog.example/u/logo.svg", stem: "logo", ext: "svg" },
    { url: "https://alter-blog.example/image.php?id=3", stem: "image-php", ext: undefined },
    { url: "https://alter-blog.example/", stem: "image", ext: undefined },
  ])("$url → $stem, .$ext", ({ url, stem, ext }) => {
    const hash = createHash("sha256").update(url).digest("hex").slice(0, 8);
    expect(mediaFileName(url)).toBe(ext === undefined ? `${stem}-${hash}` : `${stem}-${hash}.${ext}`);
  });

  it("is the same on every call, and differs between URLs that share a base name", () => {
    const march = "https://alter-blog.example/wp-content/uploads/2019/03/buero.jpg";
    const april = "https://alter-blog.example/wp-content/uploads/2019/04/buero.jpg";
    expect(mediaFileName(march)).toBe(mediaFileName(march));
    expect(mediaFileName(march)).not.toBe(mediaFileName(april));
  });

  it("stays within 100 safe characters and keeps the extension", () => {
    const name = mediaFileName(`https://alter-blog.example/${"Ä ".repeat(200)}.avif`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^[a-z0-9._-]+\.avif$/);
  });
});

describe("matchesImageType", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const rows: { type: AcceptedImageType; header: Uint8Array; expected: boolean }[] = [
    { type: "image/gif", header: bytes("GIF89a\x01\x00"), expected: true },
    { type: "image/gif", header: bytes("GIF90a"), expected: false },
    { type: "image/webp", header: bytes("RIFF\x24\x00\x00\x00WEBPVP8 "), expected: true },
    { type: "image/webp", header: bytes("RIFF\x24\x00\x00\x00WAVEfmt "), expected: false },
    { type: "image/avif", header: Buffer.from("000000186674797061766966000000006d696631", "hex"), expected: true },
    { type: "image/avif", header: Buffer.from("000000186674797068656963000000006d696631", "hex"), expected: false },
    { type: "image/avif", header: Buffer.from("000000186674797061766966", "hex").subarray(0, 4), expected: false },
    { type: "image/png", header: jpeg.subarray(0, 32), expected: false },
    { type: "image/jpeg", header: jpeg.subarray(0, 32), expected: true },
  ];
  it.each(rows)("$type: $expected", ({ type, header, expected }) => {
    expect(matchesImageType(type, header)).toBe(expected);
  });
});

describe("downloadImages", () => {
  it("writes each image under its name, with the bytes served, following redirects", async () => {
    const server = await startImageServer();
    const folder = await makeFolder();
    const urls = [server.url("/image.png"), server.url("/photo.jpg"), server.url("/moved.png")];

    const outcomes = await downloadImages(urls, { folder, ...limits });

    expect([...outcomes]).toEqual([
      [urls[0], { outcome: "fetched", file: mediaFileName(server.url("/image.png")), bytes: png.length }],
      [urls[1], { outcome: "fetched", file: mediaFileName(server.url("/photo.jpg")), bytes: jpeg.length }],
      [urls[2], { outcome: "fetched", file: mediaFileName(server.url("/moved.png")), bytes: png.length }],
    ]);
    expect(await readFile(join(folder, mediaFileName(server.url("/photo.jpg"))))).toEqual(jpeg);
    expect(await readFile(join(folder, mediaFileName(server.url("/moved.png"))))).toEqual(png);
  });

  it.each([
    { path: "/missing.jpg", reason: "HTTP 404" },
    { path: "/html-as-jpeg.jpg", reason: "content does not match image/jpeg" },
    { path: "/page.jpg", reason: "not an image (text/html)" },
    { path: "/drawing.png", reason: "not a supported image type (image/svg+xml)" },
    { path: "/declared-large.png", reason: "larger than 2 KiB" },
    { path: "/streams-large.png", reason: "larger than 2 KiB" },
    { path: "/stalls-before-headers.png", reason: "timed out after 300 ms" },
    { path: "/stalls-mid-body.png", reason: "timed out after 300 ms" },
  ])("refuses $path: $reason, and leaves no file behind", async ({ path, reason }) => {
    const server = await startImageServer();
    const folder = await makeFolder();

    const outcomes = await downloadImages([server.url(path)], { folder, ...limits });

    expect(outcomes.get(server.url(path))).toEqual({ outcome: "failed", reason });
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([
    { url: "ftp://alter-blog.example/bild.png", reason: "not an http(s) URL" },
    { url: "data:image/png;base64,iVBORw0KGgo=", reason: "not an http(s) URL" },
    { url: "/wp-content/uploads/bild.png", reason: "not an http(s) URL" },
    { url: "http://127.0.0.1:9/logo.svg", reason: "not a .jpg, .jpeg, .png, .gif, .webp, .avif file" },
    { url: "http://127.0.0.1:9/image.php?id=3", reason: "not a .jpg, .jpeg, .png, .gif, .webp, .avif file" },
  ])("refuses $url before any request: $reason", async ({ url, reason }) => {
    const folder = await makeFolder();
    const refusingFetch: typeof fetch = () => Promise.reject(new Error("no request expected"));

    const outcomes = await downloadImages([url], { folder, fetch: refusingFetch });

    expect(outcomes.get(url)).toEqual({ outcome: "failed", reason });
  });

  it("says why a connection failed", async () => {
    const folder = await makeFolder();
    const closedServer = createServer();
    await new Promise<void>((resolve) => closedServer.listen(0, "127.0.0.1", resolve));
    const address = closedServer.address();
    await new Promise((resolve) => closedServer.close(resolve));
    if (address === null || typeof address === "string") throw new Error("the test server has no port");
    const url = `http://127.0.0.1:${address.port}/bild.png`;

    const outcomes = await downloadImages([url], { folder, ...limits });

    expect(outcomes.get(url)).toEqual({
      outcome: "failed",
      reason: expect.stringMatching(/^connection failed: .*ECONNREFUSED/),
    });
  });

  it("refuses a redirect that ends outside http(s)", async () => {
    const folder = await makeFolder();
    const url = "https://alter-blog.example/bild.png";
    const redirectingFetch: typeof fetch = async () => {
      const response = new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
      // fetch sets a response's final URL itself; a made response has none, so it is set here.
      Object.defineProperty(response, "url", { value: "file:///etc/bild.png" });
      return response;
    };

    const outcomes = await downloadImages([url], { folder, fetch: redirectingFetch });

    expect(outcomes.get(url)).toEqual({ outcome: "failed", reason: "redirected to a URL that is not http(s)" });
  });

  it("requests a URL given twice once", async () => {
    const server = await startImageServer();
    const folder = await makeFolder();

    const outcomes = await downloadImages([server.url("/image.png"), server.url("/image.png")], { folder, ...limits });

    expect(outcomes.size).toBe(1);
    expect(server.requests).toEqual(["/image.png"]);
  });

  it("finds the images of an earlier run present, without a request", async () => {
    const server = await startImageServer();
    const folder = await makeFolder();
    const urls = [server.url("/image.png"), server.url("/photo.jpg"), server.url("/missing.jpg")];
    await downloadImages(urls, { folder, ...limits });
    const requestsOfFirstRun = server.requests.length;

    const outcomes = await downloadImages(urls, { folder, ...limits });

    expect(server.requests.length - requestsOfFirstRun).toBe(1);
    expect(server.requests.at(-1)).toBe("/missing.jpg");
    expect([...outcomes.values()]).toEqual([
      { outcome: "present", file: mediaFileName(server.url("/image.png")) },
      { outcome: "present", file: mediaFileName(server.url("/photo.jpg")) },
      { outcome: "failed", reason: "HTTP 404" },
    ]);
  });

  it("writes files for the successes only, among failures", async () => {
    const server = await startImageServer();
    const folder = await makeFolder();
    const paths = ["/image.png", "/page.jpg", "/streams-large.png", "/photo.jpg", "/stalls-mid-body.png"];

    await downloadImages(
      paths.map((path) => server.url(path)),
      { folder, ...limits },
    );

    const expected = [mediaFileName(server.url("/image.png")), mediaFileName(server.url("/photo.jpg"))];
    expect((await readdir(folder)).sort()).toEqual(expected.sort());
  });

  it("keeps at most `concurrency` requests in flight, and uses them all", async () => {
    const server = await startImageServer();
    const folder = await makeFolder();
    const urls = Array.from({ length: 9 }, (_, index) => server.url(`/paced/${index}.png`));

    const outcomes = await downloadImages(urls, { folder, ...limits, concurrency: 3 });

    expect([...outcomes.values()].every((outcome) => outcome.outcome === "fetched")).toBe(true);
    expect(server.maxInFlight()).toBe(3);
  });
});

describe("linkLocalImages", () => {
  const photo = "https://alter-blog.example/wp-content/uploads/2019/03/buero-1024x768.jpg";
  const other = "https://alter-blog.example/wp-content/uploads/2019/03/other.jpg";
  const local = new Map([[photo, "buero-1024x768-3fa2b1c9.jpg"]]);
  const linked = "./images/buero-1024x768-3fa2b1c9.jpg";

  it.each([
    { case: "an image", markdown: `![Büro](${photo})`, expected: `![Büro](${linked})` },
    {
      case: "an image with a title",
      markdown: `![Büro](${photo} "Mein Büro")`,
      expected: `![Büro](${linked} "Mein Büro")`,
    },
    { case: "an image in angle brackets", markdown: `![](<${photo}>)`, expected: `![](${linked})` },
    {
      case: "an alt with brackets",
      markdown: `![Das [alte] Büro](${photo})`,
      expected: `![Das [alte] Büro](${linked})`,
    },
    {
      case: "an image inside a link, whose href stays",
      markdown: `[![Büro](${photo})](${photo})`,
      expected: `[![Büro](${linked})](${photo})`,
    },
    { case: "a plain link", markdown: `[das Büro](${photo})`, expected: `[das Büro](${photo})` },
    { case: "an image not downloaded", markdown: `![Anderes](${other})`, expected: `![Anderes](${other})` },
    { case: "a longer URL", markdown: `![Büro](${photo}?w=300)`, expected: `![Büro](${photo}?w=300)` },
    { case: "a bare URL in text", markdown: `Siehe ${photo}.`, expected: `Siehe ${photo}.` },
    {
      case: "an inline code span",
      markdown: `Schreib \`![Büro](${photo})\`.`,
      expected: `Schreib \`![Büro](${photo})\`.`,
    },
    {
      case: "a fenced block",
      markdown: `\`\`\`md\n![Büro](${photo})\n\`\`\`\n![Büro](${photo})`,
      expected: `\`\`\`md\n![Büro](${photo})\n\`\`\`\n![Büro](${linked})`,
    },
    {
      case: "a tilde fence holding a backtick fence",
      markdown: `~~~\n\`\`\`\n![Büro](${photo})\n~~~\n`,
      expected: `~~~\n\`\`\`\n![Büro](${photo})\n~~~\n`,
    },
  ])("$case", ({ markdown, expected }) => {
    expect(linkLocalImages(markdown, local, "./images/")).toBe(expected);
  });

  it("rewrites every image of a post, with the prefix a page needs", () => {
    const markdown = `# Umzug\n\n![Vorher](${photo})\n\nText und \`${photo}\`.\n\n![Nachher](${photo} "danach")\n`;

    expect(linkLocalImages(markdown, local, "../posts/images/")).toBe(
      `# Umzug\n\n![Vorher](../posts/images/buero-1024x768-3fa2b1c9.jpg)\n\nText und \`${photo}\`.\n\n` +
        '![Nachher](../posts/images/buero-1024x768-3fa2b1c9.jpg "danach")\n',
    );
  });
});
