/**
 * GET /api/admin/letter?week=YYYY-Www: a week's letter as it would be sent, as JSON or text;
 * POST /api/admin/letter/send: "send me this now", which neither claims nor settles the week.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import app from "../../functions/app";
import { letterSends } from "../../functions/db/schema";
import { currentWeek, previousWeek } from "../../functions/letter/iso-week";
import { openDatabase, siteOrigin } from "./support/events";

const token = "letter-token-0123456789abcdef0123456789";
const author = { ...env, AUTHOR_API_TOKEN: token };
const configured = { ...author, LETTER_TO: "author@example.org", LETTER_FROM: "letter@resonanz.example" };
const bearer = { Authorization: `Bearer ${token}` };
const lastWeek = previousWeek(currentWeek(new Date()));

const letterBody = z.object({
  week: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  lastSend: z.unknown(),
});

function getLetter(query: string, headers: Record<string, string> = bearer) {
  return app.request(`${siteOrigin}/api/admin/letter${query}`, { headers }, author);
}

function sendNow(body: string, headers: Record<string, string>, bindings: Env = configured) {
  return app.request(`${siteOrigin}/api/admin/letter/send`, { method: "POST", body, headers }, bindings);
}

describe("GET /api/admin/letter", () => {
  it("is for the author only", async () => {
    const response = await getLetter("", {});
    expect(response.status).toBe(401);
  });

  it("returns last week's letter by default, with its text and HTML parts", async () => {
    const response = await getLetter("");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const letter = letterBody.parse(await response.json());
    expect(letter.week).toBe(lastWeek);
    expect(letter.text).toContain("intensiv gelesen");
    expect(letter.html).toMatch(/^<!doctype html>/);
    expect(letter.lastSend).toBeNull();
  });

  it("returns a chosen week, also as plain text", async () => {
    const json = letterBody.parse(await (await getLetter("?week=2026-W10")).json());
    expect(json.period).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    const text = await getLetter("?week=2026-W10&format=text");
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await text.text()).toBe(json.text);
  });

  it.each([
    ["?week=2026-48", "week: must be an ISO week as YYYY-Www"],
    ["?week=2026-W54", "week: no such week in that year"],
    ["?week=2099-W01", "week: must not be in the future"],
    ["?format=pdf", "format: "],
  ])("answers %s with 400 naming the problem", async (query, error) => {
    const response = await getLetter(query);
    expect(response.status).toBe(400);
    expect(z.object({ error: z.string() }).parse(await response.json()).error).toContain(error);
  });
});

describe("POST /api/admin/letter/send", () => {
  it("sends the week's letter at once, without settling the week for the cron", async () => {
    const response = await sendNow(JSON.stringify({ week: lastWeek }), {
      ...bearer,
      "Content-Type": "application/json",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ week: lastWeek, outcome: "sent", messageId: expect.any(String) });
    expect(await openDatabase().select().from(letterSends)).toEqual([]);
  });

  it("sends the dashboard's form back to the letter page with the outcome", async () => {
    const response = await sendNow(`week=${lastWeek}`, {
      ...bearer,
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/dashboard/letter/?week=${lastWeek}&sent=sent`);
  });

  it("says what is missing while LETTER_TO and LETTER_FROM are not set", async () => {
    const response = await sendNow(
      JSON.stringify({ week: lastWeek }),
      { ...bearer, "Content-Type": "application/json" },
      author,
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: "letter: set LETTER_TO and LETTER_FROM to send it (docs/letter.md)",
    });
  });

  it("refuses a form posted from another site, and a bad week", async () => {
    const crossSite = await sendNow(`week=${lastWeek}`, {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: "https://evil.example",
    });
    expect(crossSite.status).toBe(403);
    const bad = await sendNow(JSON.stringify({ week: "next" }), { ...bearer, "Content-Type": "application/json" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "week: must be an ISO week as YYYY-Www" });
  });
});
