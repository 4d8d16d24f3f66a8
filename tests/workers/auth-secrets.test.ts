import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import app from "../../functions/app";
import { authorSecrets, signIn, withToken } from "./support/auth";
import { siteOrigin } from "./support/events";

afterEach(() => {
  vi.restoreAllMocks();
});

// Each test uses a length no other test uses: each weak secret is logged once per isolate.

describe("weak author secrets", () => {
  it("refuses a password shorter than 12 characters: 503 on sign-in and on the author API, one log line", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bindings = { ...authorSecrets, AUTHOR_PASSWORD: "short-pw" };
    const response = await signIn("short-pw", { bindings });
    expect(response.status).toBe(503);
    const { error } = await response.json<{ error: string }>();
    expect(error).toContain("AUTHOR_PASSWORD has 8 characters, fewer than the 12 required");
    expect(error).toContain("openssl rand -base64 24");
    expect(error).not.toContain("short-pw");
    expect((await withToken(authorSecrets.AUTHOR_API_TOKEN, { bindings })).status).toBe(503);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain("AUTHOR_PASSWORD has 8 characters");
    expect(String(errors.mock.calls[0]?.[0])).not.toContain("short-pw");
  });

  it("refuses an API token shorter than 32 characters, even when it is sent right", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const token = "a-token-of-31-characters-012345";
    const bindings = { ...authorSecrets, AUTHOR_API_TOKEN: token };
    const response = await withToken(token, { bindings });
    expect(response.status).toBe(503);
    expect((await response.json<{ error: string }>()).error).toContain("AUTHOR_API_TOKEN has 31 characters");
    expect((await signIn(authorSecrets.AUTHOR_PASSWORD, { bindings })).status).toBe(503);
  });

  it("sends the sign-in form back to the sign-in page, which explains", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await app.request(
      `${siteOrigin}/api/auth/sign-in`,
      { method: "POST", body: new URLSearchParams({ password: "tiny" }), headers: { Origin: siteOrigin } },
      { ...env, AUTHOR_PASSWORD: "tiny" },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/sign-in/?error=not-configured");
  });

  it("accepts secrets of exactly the minimum length", async () => {
    const bindings = { ...env, AUTHOR_PASSWORD: "twelve-chars", AUTHOR_API_TOKEN: "x".repeat(32) };
    expect((await signIn("twelve-chars", { bindings })).status).toBe(200);
    expect((await withToken("x".repeat(32), { bindings })).status).toBe(200);
  });
});
