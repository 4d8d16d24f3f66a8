import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach } from "vitest";

/** The tables of the app, the migrations' own table included. */
async function appTables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  return results.map(({ name }) => name);
}

// One runtime runs file after file (`isolate: false` in vitest.config.ts), so each file starts
// from a fresh schema: what an earlier file dropped, renamed or broke goes, with every row, and
// the same SQL files that `wrangler d1 migrations apply` runs in dev, preview and deploy build it anew.
const leftOver = await appTables();
if (leftOver.length > 0) await env.DB.batch(leftOver.map((name) => env.DB.prepare(`DROP TABLE "${name}"`)));
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// Storage is shared by the tests of one file, so each test starts from empty tables.
beforeEach(async () => {
  const tables = (await appTables()).filter((name) => name !== "d1_migrations");
  await env.DB.batch(tables.map((name) => env.DB.prepare(`DELETE FROM "${name}"`)));
});
