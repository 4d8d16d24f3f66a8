import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { maxRequestBodyBytes } from "../../functions/request/body-limit";
import { maxEventBytes, trackerEvent } from "../../functions/schemas/event";
import { countEventRows, countRows } from "./support/tables";

const origin = "https://resonanz.example";
const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const contentTypes = fc.constantFrom(
  "application/json",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "text/html",
  "",
);

/** Bodies that look like events more often than random text would: JSON objects with the event's field names. */
const eventLike = fc
  .record(
    {
      type: fc.oneof(fc.constantFrom("pageview", "engagement", "outbound", "goal"), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.constant(`${origin}/posts/a/`), fc.string()),
      referrer: fc.oneof(fc.webUrl(), fc.string()),
      pageId: fc.string({ maxLength: 50 }),
      engagedMs: fc.oneof(fc.integer(), fc.double()),
      scrollDepth: fc.oneof(fc.integer(), fc.double()),
      name: fc.string(),
      target: fc.oneof(fc.webUrl(), fc.string()),
      bot: fc.anything(),
    },
    { requiredKeys: [] },
  )
  .map((event) => JSON.stringify(event));

const anyBody = fc.oneof(eventLike, fc.json(), fc.string({ maxLength: 5000 }));

describe("POST /api/event under generated input", () => {
  it("never answers 5xx, and stores nothing for what it refuses", async () => {
    // Each input from its own address: this is about input, not about the limit per client.
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(anyBody, contentTypes, async (body, contentType) => {
        const before = await countEventRows();
        sent += 1;
        const ip = `10.20.${sent >> 8}.${sent & 255}`;
        const headers: Record<string, string> = { "User-Agent": chrome, "CF-Connecting-IP": ip };
        if (contentType) headers["Content-Type"] = contentType;
        const response = await app.request(`${origin}/api/event`, { method: "POST", body, headers }, env);
        expect(response.status).toBeLessThan(500);
        if (response.status !== 202) {
          // 413 for a body over the collector's limit, 400 for anything else it refuses.
          expect([400, 413]).toContain(response.status);
          expect(await countEventRows()).toEqual(before);
        } else {
          // Accepted only when the body is a valid event.
          expect(trackerEvent.safeParse(JSON.parse(body)).success).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe("POST /api/comments under generated input", () => {
  it("never answers 5xx, and stores no comment without a valid form token", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            post: fc.string(),
            name: fc.string(),
            website: fc.string(),
            text: fc.string(),
            parent: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
            token: fc.string(),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
        async (fields, contentType) => {
          const body =
            contentType === "application/x-www-form-urlencoded"
              ? new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)])).toString()
              : JSON.stringify(fields);
          const response = await app.request(
            `${origin}/api/comments`,
            { method: "POST", body, headers: { "Content-Type": contentType, "CF-Connecting-IP": "198.51.100.21" } },
            // Static assets with an empty catalog: no post exists, and nothing is fetched from a network.
            {
              ...env,
              ASSETS: {
                fetch: async () => Response.json({ posts: [] }),
                connect: () => {
                  throw new Error("no sockets");
                },
              },
            },
          );
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(await countRows("comments")).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

/** A body of `bytes` bytes that arrives in chunks, without a Content-Length, as a chunked upload does. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const chunk = Math.min(left, 8 * 1024);
      left -= chunk;
      controller.enqueue(new Uint8Array(chunk).fill(97));
    },
  });
}

const apiWrites = [
  { path: "/api/comments", limit: maxRequestBodyBytes },
  { path: "/api/comments/1/delete", limit: maxRequestBodyBytes },
  { path: "/api/auth/sign-in", limit: maxRequestBodyBytes },
  { path: "/api/auth/sign-out", limit: maxRequestBodyBytes },
  { path: "/api/admin/comments/1/approve", limit: maxRequestBodyBytes },
  { path: "/api/admin/comments/1/reply", limit: maxRequestBodyBytes },
  { path: "/api/event", limit: maxEventBytes },
];

describe("every API write has a body limit", () => {
  it.each(apiWrites)("answers 413 to a body over $limit bytes at $path", async ({ path, limit }) => {
    const response = await app.request(
      `${origin}${path}`,
      { method: "POST", body: "a".repeat(limit + 1), headers: { "Content-Type": "application/json" } },
      env,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toStrictEqual({ error: `body: larger than ${limit} bytes` });
  });

  it.each(apiWrites)(
    "answers 413 to a chunked body over $limit bytes at $path, with no Content-Length",
    async ({ path, limit }) => {
      const request = new Request(`${origin}${path}`, {
        method: "POST",
        body: streamOf(limit + 1),
        headers: { "Content-Type": "application/json" },
      });
      expect(request.headers.get("content-length")).toBeNull();
      const response = await app.request(request, undefined, env);
      expect(response.status).toBe(413);
      expect(await response.json()).toStrictEqual({ error: `body: larger than ${limit} bytes` });
    },
  );

  it.each(apiWrites)("lets a body of exactly $limit bytes through to $path", async ({ path, limit }) => {
    const response = await app.request(
      `${origin}${path}`,
      { method: "POST", body: streamOf(limit), headers: { "Content-Type": "application/json" } },
      env,
    );
    // The route itself answers: sign-in, for one, with 503 while the test Worker has no password.
    expect(response.status).not.toBe(413);
  });
});
