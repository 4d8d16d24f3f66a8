import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import app from "../../functions/app";
import { insertPost, sendComment, validComment } from "./support/comments";
import { chromeUserAgent, makePageview, postJson } from "./support/events";
import { lockTable } from "./support/faults";

// This file's storage is its own, so the last test may drop tables to make D1 fail.

const reader = { ip: "198.51.100.144", userAgent: chromeUserAgent };

/** Everything a logged value says, the causes of an error included. */
function describeLogged(value: unknown): string {
  if (value instanceof Error)
    return `${value.name} ${value.message} ${value.stack ?? ""} ${describeLogged(value.cause)}`;
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Every console call from here on, as text. */
function captureConsole(): string[] {
  const lines: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...values: unknown[]) => {
      lines.push(values.map(describeLogged).join(" "));
    });
  }
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the log", () => {
  it("gets no comment text or other value a failed query carried, only its SQL and D1's error", async () => {
    const logged = captureConsole();
    await insertPost();
    await lockTable("comments");
    const marker = `Private words ${crypto.randomUUID()}`;
    const answer = await sendComment(await validComment("hello-world", { text: marker, name: "Marker Name" }));
    expect(answer.status).toBe(503);
    const lines = logged.filter((line) => line.startsWith("api error"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/insert into comments/i);
    expect(lines[0]).toContain("database is locked");
    expect(lines[0]).not.toContain(marker);
    expect(lines[0]).not.toContain("Marker Name");
    expect(lines[0]).not.toMatch(/params:/);
  });

  it("gets no IP address and no User-Agent, whether requests succeed or D1 fails", async () => {
    const logged = captureConsole();
    await insertPost();
    expect((await postJson(makePageview(), reader)).status).toBe(202);
    expect((await sendComment(await validComment(), { ip: reader.ip })).status).toBe(202);
    await env.DB.exec("DROP TABLE pageviews");
    await env.DB.exec("DROP TABLE comments");
    expect((await postJson(makePageview(), reader)).status).toBe(503);
    const comment = await app.request(
      "https://resonanz.example/api/comments",
      {
        method: "POST",
        body: JSON.stringify(await validComment()),
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": reader.ip, "User-Agent": reader.userAgent },
      },
      env,
    );
    expect(comment.status).toBe(503);
    // The failures were logged, so the check below looks at real log lines.
    expect(logged.filter((line) => line.startsWith("api error"))).toHaveLength(2);
    expect(logged.filter((line) => line.includes(reader.ip) || line.includes(reader.userAgent))).toStrictEqual([]);
  });
});
