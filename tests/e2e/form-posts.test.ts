import { describe, expect, inject, it } from "vitest";
import { maxRequestBodyBytes } from "../../functions/request/body-limit";
import { siteConfig } from "../../site.config";
import { translate } from "../../src/lib/i18n";

const baseUrl = inject("baseUrl");
const lang = siteConfig.lang;

// An open English post that no other e2e file comments on; nothing here is stored.
const formPages = [
  { page: "the comments page without JavaScript", path: "/posts/utm-links-that-survive-reporting/comments/" },
  { page: "the opt-out page", path: "/analytics-opt-out/" },
  { page: "the deletion page", path: `/comments/delete/?id=1&token=${"a".repeat(64)}` },
];

/** A post as a client of its own choosing sends it, from the site's own origin so that Astro's origin check passes. */
function post(path: string, body: BodyInit | null, contentType: string | null): Promise<Response> {
  const headers: Record<string, string> = { Origin: baseUrl };
  if (contentType !== null) headers["Content-Type"] = contentType;
  // Node's fetch needs `duplex` to send a stream; the Workers types that this project checks against lack it.
  const streaming = { duplex: "half" };
  return fetch(`${baseUrl}${path}`, { ...streaming, method: "POST", body, headers, redirect: "manual" });
}

/** A body of `bytes` bytes in chunks, which fetch sends with Transfer-Encoding: chunked and no Content-Length. */
function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const chunk = Math.min(left, 16 * 1024);
      left -= chunk;
      controller.enqueue(new TextEncoder().encode("a".repeat(chunk)));
    },
  });
}

/** The refusal is the site's own page: HTML in the site's look, saying what happened, nothing of the server's inside. */
async function expectRefusalPage(response: Response, message: Parameters<typeof translate>[1]): Promise<void> {
  expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  expect(response.headers.get("content-security-policy")).toContain("form-action 'self'");
  const html = await response.text();
  expect(html).toContain(`<h1>${translate(lang, "formRefusedTitle")}</h1>`);
  expect(html).toContain(translate(lang, message));
  expect(html).not.toMatch(/\bat \S+:\d+:\d+|node_modules|\.ts\b/);
}

describe.each(formPages)("a post to $page", ({ path }) => {
  it.each([
    { body: '{"count":"no","text":"Hi"}', type: "application/json" },
    { body: "count=no", type: "text/plain" },
    { body: "<count>no</count>", type: "application/xml" },
    { body: "count=no", type: null },
  ])("answers a $type body with 415 and the site's page, not a 500", async ({ body, type }) => {
    const response = await post(path, body, type);
    expect(response.status).toBe(415);
    await expectRefusalPage(response, "formNotAForm");
  });

  it("answers a form over the limit with 413 and the site's page", async () => {
    const response = await post(path, "a".repeat(maxRequestBodyBytes + 1), "application/x-www-form-urlencoded");
    expect(response.status).toBe(413);
    await expectRefusalPage(response, "formTooLarge");
  });

  it("answers a chunked form over the limit, sent without a Content-Length, with 413", async () => {
    const response = await post(path, chunkedBody(maxRequestBodyBytes + 1), "application/x-www-form-urlencoded");
    expect(response.status).toBe(413);
    await expectRefusalPage(response, "formTooLarge");
  });

  it("answers a broken multipart form with a 4xx, not a 500", async () => {
    const response = await post(path, "not multipart at all", "multipart/form-data; boundary=x");
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("reads a chunked form within the limit as the form it is", async () => {
    const response = await post(path, chunkedBody(1_000), "application/x-www-form-urlencoded");
    expect([303, 400, 404]).toContain(response.status);
  });
});

describe("the opt-out form", () => {
  it("still takes the browser's own form post, chunked or not", async () => {
    for (const body of ["count=yes", new Blob(["count=yes"]).stream()]) {
      const response = await post("/analytics-opt-out/", body, "application/x-www-form-urlencoded");
      expect(response.status).toBe(303);
    }
  });
});
