/**
 * The demo seed's controls: `npm run dev` seeds a D1 without analytics once (`--first-run`),
 * `--empty` empties it and keeps dev from seeding it again, `--reset` brings the demo back.
 * Each step is the real command against a throwaway local D1.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { startLocalProxy } from "../../scripts/lib/local-d1-proxy";
import { runScript } from "./support/import-run";

const folders: string[] = [];
// A seed rolls up 365 days whatever the views; on two cores shared with other builds that took 98 s.
const seedTimeoutMs = 240_000;

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function countRows(persistTo: string): Promise<{ rollUps: number; comments: number }> {
  const proxy = await startLocalProxy(persistTo);
  try {
    const count = async (table: string) =>
      (await proxy.env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? 0;
    return { rollUps: await count("daily_page_stats"), comments: await count("comments") };
  } finally {
    await proxy.dispose();
  }
}

async function seed(persistTo: string, ...args: string[]) {
  const done = await runScript(
    "db:seed-demo",
    [...args, "--views", "300", "--persist-to", persistTo],
    undefined,
    seedTimeoutMs,
  );
  return { ...done, output: done.stdout + done.stderr };
}

// dev's first run on an empty D1 (it seeds) is tests/e2e/dev-newcomer.test.ts; a seed costs
// half a minute of roll-ups, so this test seeds once.
it(
  "leaves a D1 empty after --empty, and --reset brings the demo back, which dev's first run then keeps",
  async () => {
    const folder = await mkdtemp(join(tmpdir(), "resonanz-demo-choice-"));
    folders.push(folder);
    const persistTo = join(folder, "state");
    const marker = join(persistTo, "resonanz-no-demo-data");

    const empty = await seed(persistTo, "--empty");
    expect(empty.status, empty.output).toBe(0);
    expect(empty.stdout).toContain("npm run dev leaves it so");
    expect(existsSync(marker)).toBe(true);

    const afterEmpty = await seed(persistTo, "--first-run");
    expect(afterEmpty.status, afterEmpty.output).toBe(0);
    expect(afterEmpty.stdout).not.toContain("[demo data]");
    await expect(countRows(persistTo)).resolves.toEqual({ rollUps: 0, comments: 0 });

    const reset = await seed(persistTo, "--reset");
    expect(reset.status, reset.output).toBe(0);
    expect(reset.stdout).toContain("Seeded 300 pageviews");
    expect(existsSync(marker)).toBe(false);
    expect((await countRows(persistTo)).rollUps).toBeGreaterThan(0);

    const afterReset = await seed(persistTo, "--first-run");
    expect(afterReset.status, afterReset.output).toBe(0);
    expect(afterReset.stdout).not.toContain("[demo data]");
  },
  4 * seedTimeoutMs,
);

it("refuses two of --reset, --empty and --first-run at once", async () => {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-demo-choice-"));
  folders.push(folder);
  const done = await seed(join(folder, "state"), "--empty", "--reset");
  expect(done.status).toBe(1);
  expect(done.stderr).toContain("usage: npm run db:seed-demo");
  expect(existsSync(join(folder, "state"))).toBe(false);
}, 60_000);
