import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import { adminPath, authorSecrets, cookieOf, withCookie, withToken } from "./support/auth";
import { siteOrigin } from "./support/events";

function signInByForm(password: string, headers: Record<string, string> = {}) {
  return app.request(
    `${siteOrigin}/api/auth/sign-in`,
    {
      method: "POST",
      body: new URLSearchParams({ password }),
      headers: { Origin: siteOrigin, "CF-Connecting-IP": "198.51.100.7", ...headers },
    },
    authorSecrets,
  );
}

describe("author sign-in", () => {
  it("sets one signed, HttpOnly, Secure, SameSite=Strict cookie that opens the admin API", async () => {
    const response = await signInByForm(authorSecrets.AUTHOR_PASSWORD);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-resonanz_author=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const stats = await withCookie(cookieOf(response));
    expect(stats.status).toBe(200);
    expect(await stats.json()).toEqual({ topics: [] });
  });

  it("answers the 6th failure within 15 minutes with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await signInByForm("wrong")).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 303]);
    const json = await app.request(
      `${siteOrigin}/api/auth/sign-in`,
      {
        method: "POST",
        body: JSON.stringify({ password: "wrong" }),
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": "198.51.100.7" },
      },
      authorSecrets,
    );
    expect(json.status).toBe(429);
    expect(Number(json.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a cross-site form post", async () => {
    const response = await signInByForm(authorSecrets.AUTHOR_PASSWORD, { Origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it.each(["/api/admin/comments", "/api/admin/stats/topics?from=2026-01-01&to=2026-01-31"])(
    "answers %s with 401 without sign-in",
    async (path) => {
      const response = await app.request(`${siteOrigin}${path}`, {}, authorSecrets);
      expect(response.status).toBe(401);
      expect(await response.json()).toHaveProperty("error");
    },
  );

  it("accepts the API token as a bearer token", async () => {
    const response = await withToken(authorSecrets.AUTHOR_API_TOKEN, {}, `${siteOrigin}/api/admin/comments`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ comments: [] });
  });
});

describe("the CSRF check and bearer tokens", () => {
  const crossSitePost = (token: string) =>
    app.request(
      `${siteOrigin}/api/admin/comments/1/approve`,
      {
        method: "POST",
        body: "id=1",
        headers: {
          Authorization: `Bearer ${token}`,
          Origin: "https://evil.example",
          "Sec-Fetch-Site": "cross-site",
          "Content-Type": "application/x-www-form-urlencoded",
          "CF-Connecting-IP": "198.51.100.8",
        },
      },
      authorSecrets,
    );

  it("refuses a cross-site form post with an invalid bearer token before it reaches the route", async () => {
    const response = await crossSitePost("not-the-token-but-long-enough-to-look-like-one");
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Cross-site requests to author endpoints are refused." });
  });

  it("lets a valid bearer token skip it: a cross-site page cannot send one", async () => {
    const response = await crossSitePost(authorSecrets.AUTHOR_API_TOKEN);
    // Past the CSRF check and the gate: the route itself answers (no comment 1 exists).
    expect(response.status).toBe(404);
  });

  it("still answers a same-site request with an invalid token with 401", async () => {
    const response = await withToken("wrong", { headers: { Origin: siteOrigin } }, adminPath);
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer /);
  });
});
