import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";

const origin = "https://resonanz.example";
const secrets = {
  ...env,
  AUTHOR_PASSWORD: "correct horse battery staple",
  AUTHOR_API_TOKEN: "script-token-0123456789",
};

function signIn(password: string, headers: Record<string, string> = {}) {
  return app.request(
    `${origin}/api/auth/sign-in`,
    {
      method: "POST",
      body: new URLSearchParams({ password }),
      headers: { Origin: origin, "CF-Connecting-IP": "198.51.100.7", ...headers },
    },
    secrets,
  );
}

describe("author sign-in", () => {
  it("sets one signed, HttpOnly, Secure, SameSite=Strict cookie that opens the admin API", async () => {
    const response = await signIn(secrets.AUTHOR_PASSWORD);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^resonanz_author=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(";")[0] ?? "";
    const stats = await app.request(
      `${origin}/api/admin/stats/topics?from=2026-01-01&to=2026-01-31`,
      { headers: { Cookie: session } },
      secrets,
    );
    expect(stats.status).toBe(200);
    expect(await stats.json()).toEqual({ topics: [] });
  });

  it("answers the 6th failure within 15 minutes with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await signIn("wrong")).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 303]);
    const json = await app.request(
      `${origin}/api/auth/sign-in`,
      {
        method: "POST",
        body: JSON.stringify({ password: "wrong" }),
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": "198.51.100.7" },
      },
      secrets,
    );
    expect(json.status).toBe(429);
    expect(Number(json.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a cross-site form post", async () => {
    const response = await signIn(secrets.AUTHOR_PASSWORD, { Origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it.each(["/api/admin/comments", "/api/admin/stats/topics?from=2026-01-01&to=2026-01-31"])(
    "answers %s with 401 without sign-in",
    async (path) => {
      const response = await app.request(`${origin}${path}`, {}, secrets);
      expect(response.status).toBe(401);
      expect(await response.json()).toHaveProperty("error");
    },
  );

  it("accepts the API token as a bearer token", async () => {
    const response = await app.request(
      `${origin}/api/admin/comments`,
      { headers: { Authorization: `Bearer ${secrets.AUTHOR_API_TOKEN}` } },
      secrets,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ comments: [] });
  });
});
