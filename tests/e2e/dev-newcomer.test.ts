/**
 * A newcomer's first `npm run dev`, on a fresh copy of the project without `.dev.vars` and
 * without local state: dev writes the secrets, prints the password, seeds a demo year in the
 * background, and the author signs in with the printed password to a dashboard with numbers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { findFreePort } from "../../scripts/lib/preview-server";
import { siteConfig } from "../../site.config";
import { dashboardTranslator } from "../../src/lib/i18n-dashboard";
import { launchChromium } from "../support/chromium";
import { copyProjectSources } from "../support/project-copy";

// Vite keeps its dependency cache in node_modules/.vite: a dev server sharing it with others
// (this project's node_modules may be shared) finds its files rewritten under it.
const privateCaches = new Set([".vite", ".astro", ".cache"]);
// A first `astro dev` optimises its dependencies, and the year's roll-ups run beside it: on two
// busy cores each took over a minute.
const startTimeoutMs = 240_000;
const t = dashboardTranslator(siteConfig.lang);

let root = "";
let dev: ChildProcess | undefined;
let output = "";
let origin = "";
let browser: BrowserContext | undefined;

/** A copy of the project as a fresh clone has it: no .dev.vars, no .wrangler, no build. */
async function copyProject(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-newcomer-"));
  await copyProjectSources(folder, [".dev.vars.example"]);
  const modules = await realpath("node_modules");
  await mkdir(join(folder, "node_modules"));
  for (const entry of await readdir(modules)) {
    if (!privateCaches.has(entry)) await symlink(join(modules, entry), join(folder, "node_modules", entry));
  }
  return folder;
}

/** Polls `check` until it returns a value; fails with what dev printed when time runs out or dev ends. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    if (dev && (dev.exitCode !== null || dev.signalCode !== null))
      throw new Error(`npm run dev ended before ${what}:\n${output.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${what} within ${startTimeoutMs} ms:\n${output.slice(-4000)}`);
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Ends dev's whole process group (npm, astro, workerd, the seed): TERM, then KILL after 5 s. */
async function stopDev(): Promise<void> {
  const pid = dev?.pid;
  if (pid === undefined) return;
  const killAt = Date.now() + 5_000;
  signalGroup(pid, "SIGTERM");
  while (signalGroup(pid, 0) && Date.now() < killAt + 5_000) {
    if (Date.now() > killAt) signalGroup(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readCount(cell: Locator): Promise<number> {
  return Number(((await cell.textContent()) ?? "").replace(/\D/g, ""));
}

beforeAll(async () => {
  root = await copyProject();
  const port = await findFreePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that astro's and the seed's workerd children end with it.
  dev = spawn("npm", ["run", "dev", "--", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  dev.stdout?.on("data", collect);
  dev.stderr?.on("data", collect);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stopDev();
  if (root) await rm(root, { recursive: true, force: true });
}, 30_000);

describe("a newcomer's first npm run dev", () => {
  it(
    "writes .dev.vars, prints the password once, seeds a demo year and opens the dashboard with it",
    async () => {
      const password = await waitFor("password", () => /Password:\s+(\S+)/.exec(output)?.[1]);
      const devVars = await readFile(join(root, ".dev.vars"), "utf8");
      expect(devVars).toContain(`AUTHOR_PASSWORD=${password}\n`);
      expect(password.length).toBeGreaterThanOrEqual(12);
      expect(/^AUTHOR_API_TOKEN=([\w-]{32,})$/m.test(devVars)).toBe(true);
      expect(output.split(password).length - 1).toBe(1);

      await waitFor("blog", () =>
        fetch(`${origin}/`).then(
          (response) => (response.ok ? true : undefined),
          () => undefined,
        ),
      );
      expect(output).toContain("[demo data] The local D1 holds no analytics");
      await waitFor("demo data", () => {
        if (output.includes("[demo data] Seeding failed")) throw new Error(output.slice(-4000));
        return output.includes("[demo data] Ready") ? true : undefined;
      });

      if (!browser) throw new Error("chromium did not start");
      const page = await browser.newPage();
      await page.goto(`${origin}/dashboard/`, { timeout: 120_000 });
      await page.waitForURL(`${origin}/dashboard/sign-in/`);
      await page.getByLabel(t("password")).fill(password);
      await Promise.all([
        page.waitForURL(`${origin}/dashboard/`, { timeout: 120_000 }),
        page.getByRole("button", { name: t("signIn") }).click(),
      ]);
      await expect(page.getByRole("heading", { name: t("rankingHeading") }).count()).resolves.toBe(1);
      const ranking = page
        .locator("table")
        .filter({ has: page.getByRole("columnheader", { name: t("readsPerPostDay"), exact: true }) });
      const topicRows = ranking.first().locator("tbody tr");
      expect(await topicRows.count()).toBeGreaterThan(2);
      let views = 0;
      for (const row of await topicRows.all()) views += await readCount(row.locator("td").last());
      expect(views).toBeGreaterThan(0);
    },
    2 * startTimeoutMs + 120_000,
  );

  it("is the only script that writes secrets or demo data: preview and deploy never run its setup", async () => {
    const { scripts } = z
      .object({ scripts: z.record(z.string(), z.string()) })
      .parse(JSON.parse(await readFile("package.json", "utf8")));
    expect(scripts.dev).toContain("scripts/dev-setup.ts");
    for (const name of ["preview", "deploy", "build", "test"]) expect(scripts[name]).not.toMatch(/dev-setup|first-run/);
  });
});
