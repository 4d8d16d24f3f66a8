import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../functions/app";

const token = "stats-token-0123456789abcdef0123456789";
const secrets = { ...env, AUTHOR_API_TOKEN: token };

function getTopics(query: string) {
  return app.request(
    `https://resonanz.example/api/admin/stats/topics?${query}`,
    { headers: { Authorization: `Bearer ${token}` } },
    secrets,
  );
}

describe("the period of the stats API", () => {
  it.each([
    "from=&to=",
    "from=x&to=y",
    "from=2026-02-30&to=2026-03-01",
    "from=2026-13-01&to=2026-12-01",
    "from=2026-03-01&to=2026-02-01",
    "from=2024-01-01&to=2026-01-01",
  ])("answers ?%s with 400, never a server error", async (query) => {
    const response = await getTopics(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it("accepts a leap day", async () => {
    expect((await getTopics("from=2024-02-29&to=2024-03-01")).status).toBe(200);
  });
});
