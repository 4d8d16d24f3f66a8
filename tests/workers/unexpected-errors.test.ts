import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import app from "../../functions/app";
import { isDatabaseFailure } from "../../functions/errors";
import { testEnv } from "./support/comments";
import { makePageview, postJson, siteOrigin } from "./support/events";
import { FailingD1 } from "./support/faults";

// A programming error, not an outage: retrying would not help, so it is no 503.
const bug = () => new TypeError("Cannot read properties of undefined (reading 'prepare')");

/** What a client must never learn from an error: stack frames, file names, SQL, libraries. */
const internals = /\bat \S|\.ts\b|\.js:|node_modules|select|insert|drizzle|D1_|SQLITE|TypeError|undefined|prepare/i;

/** An error with its causes, as the log shows them. */
function describeChain(error: Error): string {
  const causes: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) causes.push(current.message);
  return causes.join("\ncaused by: ");
}

afterEach(() => {
  vi.restoreAllMocks();
});

const requests = [
  {
    route: "GET /api/comments",
    send: (env: Env) => app.request(`${siteOrigin}/api/comments?post=hello-world`, {}, env),
  },
  { route: "POST /api/event", send: (env: Env) => postJson(makePageview(), { bindings: env }) },
];

/** A logged value as text: an error with its causes, or the values of a redacted one (functions/log-error.ts). */
function describeLogged(value: unknown): string {
  if (value instanceof Error) return describeChain(value);
  if (typeof value === "object" && value !== null) return Object.values(value).map(describeLogged).join(" ");
  return String(value);
}

describe.each(["prepare", "run"] as const)("an unexpected error when D1 is asked to %s a statement", (when) => {
  it.each(requests)("answers $route with 500 and no detail, and logs the detail", async ({ send }) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await send({ ...testEnv(), DB: new FailingD1(bug, when) });
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    const body = await response.text();
    expect(JSON.parse(body)).toStrictEqual({ error: "Internal error" });
    expect(body).not.toMatch(internals);
    expect(log.mock.calls.flat().map(describeLogged).join("\n")).toContain("Cannot read properties of undefined");
  });
});

describe("isDatabaseFailure", () => {
  const locked = new Error("D1_ERROR: database is locked: SQLITE_BUSY");
  const failedQuery = (params: unknown[], cause: Error) => new DrizzleQueryError("insert into comments", params, cause);
  it.each([
    { case: "D1 unreachable", error: new Error("D1_ERROR: Network connection lost."), retry: true },
    {
      case: "a missing table, through drizzle",
      error: failedQuery([], new Error("D1_ERROR: no such table")),
      retry: true,
    },
    { case: "a locked database, through drizzle", error: failedQuery([], locked), retry: true },
    { case: "a bug inside a query", error: failedQuery([], bug()), retry: false },
    {
      case: "a bug inside a query whose input names a D1 error",
      error: failedQuery(["D1_ERROR: database is locked SQLITE_BUSY"], bug()),
      retry: false,
    },
    { case: "a value D1 cannot bind", error: new Error("D1_TYPE_ERROR: Type 'undefined' not supported"), retry: false },
    { case: "a bug outside D1", error: bug(), retry: false },
  ])("tells $case (retry: $retry)", ({ error, retry }) => {
    expect(isDatabaseFailure(error)).toBe(retry);
  });
});
