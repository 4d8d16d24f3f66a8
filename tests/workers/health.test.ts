import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";
import * as schema from "../../functions/db/schema";
import { settings } from "../../functions/db/schema";
import { getHealth } from "../../functions/queries/health";

describe("GET /api/health", () => {
  it("answers from a migrated D1", async () => {
    const response = await app.request("/api/health", {}, env);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", settings: 0 });
  });

  it("counts the rows of a migrated table", async () => {
    const db = drizzle(env.DB, { schema });
    await db.insert(settings).values({ key: "comments.autoApprove", value: "false", updatedAt: new Date() });
    expect(await getHealth(db)).toEqual({ status: "ok", database: "ok", settings: 1 });
  });
});

describe("API errors", () => {
  it("answers an unknown route with the JSON error shape", async () => {
    const response = await app.request("/api/nothing-here", {}, env);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "No API route for GET /api/nothing-here" });
  });

  it("answers a wrong method with the JSON error shape", async () => {
    const response = await app.request("/api/health", { method: "POST" }, env);
    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty("error");
  });
});
