import { getTableColumns } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runMaintenance } from "../../functions/analytics/maintenance";
import app from "../../functions/app";
import { authorSessions } from "../../functions/db/schema";
import { authorSecrets, signedInCookie, signIn, withCookie, withToken } from "./support/auth";
import { openDatabase, siteOrigin } from "./support/events";

afterEach(() => {
  vi.useRealTimers();
});

async function post(path: string, cookie: string, form = true): Promise<Response> {
  return app.request(
    `${siteOrigin}/api/auth/${path}`,
    {
      method: "POST",
      ...(form ? { body: new URLSearchParams() } : {}),
      headers: { Origin: siteOrigin, Cookie: cookie },
    },
    authorSecrets,
  );
}

async function sessionRows() {
  return openDatabase().select().from(authorSessions);
}

describe("the session cookie", () => {
  it("is a __Host- cookie: Secure, Path=/, no Domain", async () => {
    const response = await signIn(authorSecrets.AUTHOR_PASSWORD);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      /^__Host-resonanz_author=[0-9a-f]{64}\.[^;]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(cookie).not.toMatch(/Domain/i);
  });

  it("keeps in D1 only a hash of the session id and two times: no IP address, no User-Agent", async () => {
    const cookie = await signedInCookie({ headers: { "User-Agent": "Mozilla/5.0 Test" } });
    expect(Object.keys(getTableColumns(authorSessions)).sort()).toEqual(["createdAt", "expiresAt", "idHash"]);
    const sessionId = /=([0-9a-f]{64})\./.exec(cookie)?.[1] ?? "";
    const stored = JSON.stringify(await sessionRows());
    expect(stored).not.toContain(sessionId);
    expect(stored).not.toContain("198.51.100.7");
    expect(stored).not.toContain("Mozilla");
  });
});

describe("signing out", () => {
  it("ends the session on the server: a copy of the cookie stops working at once", async () => {
    const cookie = await signedInCookie();
    expect((await withCookie(cookie)).status).toBe(200);
    const signedOut = await post("sign-out", cookie);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe("/dashboard/sign-in/?signed-out=1");
    expect(signedOut.headers.get("set-cookie")).toMatch(/^__Host-resonanz_author=; Max-Age=0; Path=\/; Secure/);
    expect((await withCookie(cookie)).status).toBe(401);
  });

  it("ends only that session", async () => {
    const first = await signedInCookie();
    const second = await signedInCookie();
    await post("sign-out", first, false);
    expect((await withCookie(first)).status).toBe(401);
    expect((await withCookie(second)).status).toBe(200);
  });

  it("everywhere ends every session of the author", async () => {
    const laptop = await signedInCookie();
    const phone = await signedInCookie({ ip: "2001:db8::1" });
    const response = await post("sign-out-everywhere", laptop);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/sign-in/?signed-out=everywhere");
    expect((await withCookie(laptop)).status).toBe(401);
    expect((await withCookie(phone)).status).toBe(401);
    expect(await sessionRows()).toEqual([]);
  });

  it("everywhere works with the API token and answers JSON", async () => {
    const cookie = await signedInCookie();
    const response = await withToken(authorSecrets.AUTHOR_API_TOKEN, {}, `${siteOrigin}/api/auth/sign-out-everywhere`);
    expect(response.status).toBe(404); // a GET: only POST ends sessions
    const ended = await app.request(
      `${siteOrigin}/api/auth/sign-out-everywhere`,
      { method: "POST", headers: { Authorization: `Bearer ${authorSecrets.AUTHOR_API_TOKEN}` } },
      authorSecrets,
    );
    expect(ended.status).toBe(200);
    expect(await ended.json()).toEqual({ signedIn: false, sessionsEnded: 1 });
    expect((await withCookie(cookie)).status).toBe(401);
  });

  it("everywhere is refused to anyone who is not the author, and ends nothing", async () => {
    const cookie = await signedInCookie();
    const response = await post("sign-out-everywhere", "");
    expect(response.status).toBe(401);
    const crossSite = await app.request(
      `${siteOrigin}/api/auth/sign-out-everywhere`,
      { method: "POST", body: new URLSearchParams(), headers: { Origin: "https://evil.example", Cookie: cookie } },
      authorSecrets,
    );
    expect(crossSite.status).toBe(403);
    expect((await withCookie(cookie)).status).toBe(200);
  });
});

describe("the cron", () => {
  it("deletes expired sessions and keeps the others", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-06-01T08:00:00Z"));
    await signedInCookie();
    vi.setSystemTime(new Date("2027-06-01T19:00:00Z"));
    const later = await signedInCookie();
    await runMaintenance(openDatabase(), new Date("2027-06-01T20:00:01Z"), 30);
    const rows = await sessionRows();
    expect(rows.map(({ expiresAt }) => new Date(expiresAt).toISOString())).toEqual(["2027-06-02T07:00:00.000Z"]);
    vi.setSystemTime(new Date("2027-06-01T20:00:01Z"));
    expect((await withCookie(later)).status).toBe(200);
  });
});
