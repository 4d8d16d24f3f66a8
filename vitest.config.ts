import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const migrations = await readD1Migrations("./migrations");

/**
 * Vitest's order (each project's slowest files first), with the e2e files last: the e2e global
 * setup starts its previews without waiting for them, and the other files run meanwhile.
 */
class E2eLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isE2e = (file: TestSpecification) => file.project.name === "e2e";
    return [...sorted.filter((file) => !isE2e(file)), ...sorted.filter(isE2e)];
  }
}

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which on two cores runs every file
    // one after the other; the e2e files spend most of their time waiting on servers and browsers.
    maxWorkers: 2,
    sequence: { sequencer: E2eLastSequencer },
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        // One process runs file after file: the unit tests keep no state between files, and a
        // fresh process per file cost each about half a second.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", isolate: false },
      },
      {
        plugins: [
          cloudflareTest({
            // The Hono app, not the Astro entry, which imports build-time modules.
            main: "./functions/index.ts",
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: "workers",
          include: ["tests/workers/**/*.test.ts"],
          // One workerd runs file after file instead of a new one per file (about 0.6 s each);
          // the setup file rebuilds D1's schema at the start of every file.
          isolate: false,
          setupFiles: ["tests/workers/apply-migrations.ts"],
        },
      },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/build/global-setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          setupFiles: ["tests/e2e/wait-for-shared-previews.ts"],
          // Each worker runs file after file and imports Playwright once; every file starts and
          // ends its own browsers and servers in its hooks, and keeps no state in shared modules.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two files at a time: they share the two global previews, but each keeps to posts and
          // data of its own, and the files that need a D1 to themselves start their own preview.
        },
      },
    ],
  },
});
