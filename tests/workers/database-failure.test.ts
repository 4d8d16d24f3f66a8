import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";

const origin = "https://resonanz.example";
const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

// A missing table stands for a database that fails; this file's storage is its own.
async function dropTable(name: string): Promise<void> {
  await env.DB.exec(`DROP TABLE IF EXISTS ${name}`);
}

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("30");
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ error: "The database is unavailable just now; please try again shortly." });
  expect(body).not.toMatch(/D1_|SQLITE|pageviews|comments|drizzle|\.ts:/i);
}

describe("when D1 fails", () => {
  it("the collector answers 503 with a JSON error and no detail", async () => {
    await dropTable("pageviews");
    const response = await app.request(
      `${origin}/api/event`,
      {
        method: "POST",
        body: JSON.stringify({ type: "pageview", url: `${origin}/posts/a/`, pageId: "failing-page-1" }),
        headers: { "Content-Type": "application/json", "User-Agent": chrome, "CF-Connecting-IP": "203.0.113.77" },
      },
      env,
    );
    await expectUnavailable(response);
  });

  it("the comments API answers 503 with a JSON error and no detail", async () => {
    await dropTable("comments");
    const response = await app.request(`${origin}/api/comments?post=a`, {}, env);
    await expectUnavailable(response);
  });
});
