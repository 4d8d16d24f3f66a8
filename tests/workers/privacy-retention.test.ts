import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runMaintenance } from "../../functions/analytics/maintenance";
import app from "../../functions/app";
import { reserveAttempt } from "../../functions/auth/throttle";
import { comments, signInFailures } from "../../functions/db/schema";
import { hashClientOfDay } from "../../functions/request/client-hash";
import { findComment, insertComment, insertPost } from "./support/comments";
import { openDatabase, siteOrigin } from "./support/events";

// Each test uses days no other test in this file uses: the day's salt is cached per isolate.

const hour = 60 * 60 * 1000;

describe("what the Cron Trigger forgets", () => {
  it("clears the client hash from comments older than 24 hours, and only from those", async () => {
    const now = new Date("2027-03-10T12:00:00Z");
    await insertPost();
    const older = await insertComment({ clientHash: "a".repeat(32), createdAt: now.getTime() - 24 * hour - 1 });
    const younger = await insertComment({ clientHash: "b".repeat(32), createdAt: now.getTime() - 23 * hour });
    await runMaintenance(openDatabase(), now, 30);
    expect(await findComment(older)).toMatchObject({ clientHash: null, text: "A stored comment." });
    expect(await findComment(younger)).toMatchObject({ clientHash: "b".repeat(32) });
  });

  it("keeps a comment of any age until it is deleted", async () => {
    const now = new Date("2027-03-11T12:00:00Z");
    await insertPost();
    const id = await insertComment({ createdAt: Date.UTC(2024, 0, 5), clientHash: "c".repeat(32) });
    await runMaintenance(openDatabase(), now, 30);
    expect(await findComment(id)).toMatchObject({ id, name: "Ada", text: "A stored comment.", status: "approved" });
    expect(await openDatabase().select({ id: comments.id }).from(comments)).toStrictEqual([{ id }]);
  });

  it("deletes the records of failed sign-ins once they are a day old", async () => {
    const now = new Date("2027-03-12T12:00:00Z");
    const db = openDatabase();
    const failure = (hash: string, at: number) =>
      reserveAttempt(db, { current: hash, previous: hash }, "token", new Date(at));
    await failure("d".repeat(32), now.getTime() - 24 * hour - 1);
    await failure("e".repeat(32), now.getTime() - 23 * hour);
    await runMaintenance(db, now, 30);
    expect(await db.select({ clientHash: signInFailures.clientHash }).from(signInFailures)).toStrictEqual([
      { clientHash: "e".repeat(32) },
    ]);
  });
});

describe("the client hash", () => {
  it("gives one IP address a new client hash each day, and contains no part of it", async () => {
    const ip = "198.51.100.64";
    const db = openDatabase();
    const firstDay = await hashClientOfDay(db, "comments", ip, "2027-03-13");
    expect(await hashClientOfDay(db, "comments", ip, "2027-03-13")).toBe(firstDay);
    expect(await hashClientOfDay(db, "comments", "198.51.100.65", "2027-03-13")).not.toBe(firstDay);
    expect(await hashClientOfDay(db, "comments", ip, "2027-03-14")).not.toBe(firstDay);
    expect(firstDay).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("the author's cookie", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets the author's cookie expire after 12 hours", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-03-15T08:00:00Z"));
    const bindings = { ...env, AUTHOR_PASSWORD: "privacy-test-password" };
    const signedIn = await app.request(
      `${siteOrigin}/api/auth/sign-in`,
      {
        method: "POST",
        body: new URLSearchParams({ password: "privacy-test-password" }),
        headers: { Origin: siteOrigin },
      },
      bindings,
    );
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-resonanz_author=.*; Max-Age=43200;/);
    const session = { headers: { Cookie: cookie.split(";")[0] ?? "" } };
    const statsPath = `${siteOrigin}/api/admin/stats/topics?from=2027-03-01&to=2027-03-15`;
    vi.setSystemTime(new Date("2027-03-15T19:59:59Z"));
    expect((await app.request(statsPath, session, bindings)).status).toBe(200);
    vi.setSystemTime(new Date("2027-03-15T20:00:01Z"));
    expect((await app.request(statsPath, session, bindings)).status).toBe(401);
  });
});
