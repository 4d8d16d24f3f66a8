import { afterEach, describe, expect, it, vi } from "vitest";
import { runMaintenance } from "../../functions/analytics/maintenance";
import { signInLimit } from "../../functions/auth/throttle";
import { signInFailures, signInSalts } from "../../functions/db/schema";
import { authorSecrets, signIn, statusCounts, withToken } from "./support/auth";
import { openDatabase } from "./support/events";

// Tests that set the clock use days no other test in this file uses: salts are cached per isolate.

const minute = 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});

async function failures(): Promise<number> {
  return (await openDatabase().select({ id: signInFailures.id }).from(signInFailures)).length;
}

describe("the sign-in throttle under parallel guesses", () => {
  it("compares at most 5 of 20 parallel wrong passwords from one client; the rest get 429", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => signIn("wrong guess")));
    expect(statusCounts(answers)).toEqual({ 401: 5, 429: 15 });
    expect(await failures()).toBe(5);
    for (const answer of answers.filter(({ status }) => status === 429)) {
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("compares at most 5 of 20 parallel wrong bearer tokens from one client", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => withToken("wrong-token")));
    expect(statusCounts(answers)).toEqual({ 401: 5, 429: 15 });
  });

  it("does not count a right password as a failure once compared", async () => {
    for (let attempt = 0; attempt < 8; attempt++)
      expect((await signIn(authorSecrets.AUTHOR_PASSWORD)).status).toBe(200);
    expect(await failures()).toBe(0);
  });
});

describe("which client a failure counts for", () => {
  it("counts an IPv6 client by its /64, however the address is written", async () => {
    const sameNetwork = [
      "2001:db8:1:2::1",
      "2001:0db8:0001:0002:0000:0000:0000:0002",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "[2001:DB8:1:2::abcd]",
      "2001:db8:1:2:0:0:0.0.0.5",
    ];
    for (const ip of sameNetwork) expect((await signIn("wrong", { ip })).status).toBe(401);
    expect((await signIn(authorSecrets.AUTHOR_PASSWORD, { ip: "2001:db8:1:2:1234::9" })).status).toBe(429);
    expect((await signIn("wrong", { ip: "2001:db8:1:3::1" })).status).toBe(401);
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address", async () => {
    for (let attempt = 0; attempt < 5; attempt++) await signIn("wrong", { ip: "192.0.2.44" });
    expect((await signIn("wrong", { ip: "::ffff:192.0.2.44" })).status).toBe(429);
    expect((await signIn("wrong", { ip: "::ffff:c000:22c" })).status).toBe(429);
    expect((await signIn("wrong", { ip: "192.0.2.45" })).status).toBe(401);
  });

  it("holds requests without an address to the limit of one client, apart from the others", async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn("wrong", { ip: null })).status).toBe(401);
    expect((await signIn("wrong", { ip: null })).status).toBe(429);
    expect((await signIn("wrong", { ip: "garbage" })).status).toBe(429);
    expect((await signIn("wrong", { ip: "198.51.100.20" })).status).toBe(401);
  });

  it("keeps the window running over UTC midnight, also after the cron has run", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-05-01T23:55:00Z"));
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn("wrong")).status).toBe(401);
    vi.setSystemTime(new Date("2027-05-02T00:06:00Z"));
    await runMaintenance(openDatabase(), new Date(), 30);
    const blocked = await signIn(authorSecrets.AUTHOR_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBe(4 * 60);
    vi.setSystemTime(new Date("2027-05-02T00:10:01Z"));
    expect((await signIn(authorSecrets.AUTHOR_PASSWORD)).status).toBe(200);
  });
});

describe("failed bearer tokens", () => {
  it("count toward the client's limit: past it even the right token waits, elsewhere it works", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-05-03T10:00:00Z"));
    for (let attempt = 0; attempt < 3; attempt++) expect((await withToken("wrong")).status).toBe(401);
    for (let attempt = 0; attempt < 2; attempt++) expect((await signIn("wrong")).status).toBe(401);
    const refused = await withToken(authorSecrets.AUTHOR_API_TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBe(15 * 60);
    expect((await signIn(authorSecrets.AUTHOR_PASSWORD)).status).toBe(429);
    expect((await withToken(authorSecrets.AUTHOR_API_TOKEN, { ip: "198.51.100.99" })).status).toBe(200);
    vi.setSystemTime(new Date(Date.parse("2027-05-03T10:00:00Z") + signInLimit.windowMs + 1));
    expect((await withToken(authorSecrets.AUTHOR_API_TOKEN)).status).toBe(200);
  });
});

// A hundred sign-ins each: on two busy cores they can take longer than vitest's default 5 s.
describe("the global ceiling", () => {
  async function failFromManyClients(count: number, firstOctet = 0): Promise<Response[]> {
    return Promise.all(
      Array.from({ length: count }, (_, index) =>
        signIn("wrong", { ip: `10.${firstOctet}.${Math.floor(index / 250)}.${index % 250}` }),
      ),
    );
  }

  it("slows password sign-in for everyone past 100 failures an hour; the token still works; the window frees", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.parse("2027-05-04T09:00:00Z");
    vi.setSystemTime(new Date(start));
    expect(statusCounts(await failFromManyClients(110))).toEqual({ 401: 100, 429: 10 });
    vi.setSystemTime(new Date(start + 20 * minute));
    const stranger = await signIn(authorSecrets.AUTHOR_PASSWORD, { ip: "203.0.113.50" });
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get("retry-after"))).toBe(40 * 60);
    expect((await withToken(authorSecrets.AUTHOR_API_TOKEN, { ip: "203.0.113.50" })).status).toBe(200);
    vi.setSystemTime(new Date(start + signInLimit.globalWindowMs + 1));
    expect((await signIn(authorSecrets.AUTHOR_PASSWORD, { ip: "203.0.113.50" })).status).toBe(200);
  }, 30_000);

  it("counts failures without a client address toward it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-05-05T09:00:00Z"));
    for (let attempt = 0; attempt < 5; attempt++) await signIn("wrong", { ip: null });
    expect(statusCounts(await failFromManyClients(96, 1))).toEqual({ 401: 95, 429: 1 });
  }, 30_000);
});

describe("the throttle's salts", () => {
  it("deletes a sign-in salt at the first cron run two days after its day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-05-06T12:00:00Z"));
    await signIn("wrong");
    const db = openDatabase();
    const days = async () => (await db.select({ day: signInSalts.day }).from(signInSalts)).map(({ day }) => day);
    expect(await days()).toEqual(["2027-05-06"]);
    await runMaintenance(db, new Date("2027-05-07T23:59:00Z"), 30);
    expect(await days()).toEqual(["2027-05-06"]);
    await runMaintenance(db, new Date("2027-05-08T00:00:00Z"), 30);
    expect(await days()).toEqual([]);
  });
});
