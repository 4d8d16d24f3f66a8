/**
 * `npm run bench:build [-- --posts N]`: builds a copy of the site with N generated posts
 * (default 1,000) four times and prints the seconds of each `astro build`: with
 * `socialCards: false` in the fresh copy and again, then with social cards from an empty
 * cache and again with the cache warm. The issue's
 * bounds on two cores: 60 s with cards, 20 s without. A benchmark, not a test: it exits 1 only
 * when a build fails.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeGeneratedPosts } from "./bench/generated-posts.ts";

// What `astro build` reads; the posts are the generated ones only.
const projectFiles = [
  "astro.config.mjs",
  "site.config.ts",
  "package.json",
  "tsconfig.json",
  "wrangler.jsonc",
  "worker-configuration.d.ts",
  "src",
  "shared",
  "functions",
  "public",
  "assets",
  "migrations",
  "content/pages",
  "content/redirects.json",
];

interface BuildRun {
  seconds: number;
  /** CPU seconds (user + system) of the build and its children (workerd), whatever else the machine runs. */
  cpuSeconds: number;
  /** The card step's own line from the build log, if it ran. */
  cards: string | undefined;
}

function astroBuild(folder: string): Promise<BuildRun> {
  const started = performance.now();
  // Its own process group, so that an interrupted benchmark ends workerd with it. The shell's
  // `times` prints the CPU time its children used: on a shared machine the wall time says
  // more about the neighbours than about the build.
  const child = spawn("bash", ["-c", "npx astro build && times"], {
    cwd: folder,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) reject(new Error(`astro build exited with ${status}:\n${output.slice(-4000)}`));
      const cards = /Wrote \d+ social cards.*/.exec(output)?.[0];
      const [, userMinutes, userSeconds, systemMinutes, systemSeconds] =
        /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(output) ?? [];
      const cpuSeconds =
        Number(userMinutes) * 60 + Number(userSeconds) + Number(systemMinutes) * 60 + Number(systemSeconds);
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, cards });
    });
  });
}

/**
 * The copy's own node_modules: a link to each installed package, but not to the caches that
 * Astro, Vite and the card step keep in node_modules (the content store among them), which
 * other checkouts of the project write while the benchmark builds.
 */
async function linkPackages(folder: string): Promise<void> {
  const installed = await realpath("node_modules");
  const packages = (await readdir(installed)).filter((name) => ![".astro", ".vite", ".cache"].includes(name));
  await mkdir(join(folder, "node_modules"));
  await Promise.all(packages.map((name) => symlink(join(installed, name), join(folder, "node_modules", name))));
}

async function countFiles(folder: string): Promise<number> {
  return (await readdir(folder, { recursive: true }).catch(() => [])).filter((name) => name.endsWith(".png")).length;
}

async function benchBuild(posts: number): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "resonanz-bench-build-"));
  try {
    await Promise.all(projectFiles.map((path) => cp(path, join(folder, path), { recursive: true })));
    await linkPackages(folder);
    await writeGeneratedPosts(join(folder, "content/posts"), posts);
    const [load = 0] = loadavg();
    console.log(`Resonanz build benchmark, ${new Date().toISOString()}`);
    console.log(
      `${posts} generated posts; ${availableParallelism()} CPU cores, 1-minute load average ${load.toFixed(2)}`,
    );
    const setCards = (on: boolean) => async () => {
      const config = join(folder, "site.config.ts");
      const text = await readFile(config, "utf8");
      await writeFile(config, text.replace(/socialCards: (true|false)/, `socialCards: ${on}`));
    };
    // A fresh clone builds with Astro's caches empty (the content store, rendered Markdown,
    // images); later builds reuse them. Cards off first, so that the card runs meet warm caches.
    const runs: Array<[string, () => Promise<void>]> = [
      ["without cards, fresh copy", setCards(false)],
      ["without cards, again", setCards(false)],
      ["with cards, card cache empty", setCards(true)],
      ["with cards, card cache warm", setCards(true)],
    ];
    for (const [name, prepare] of runs) {
      await prepare();
      const run = await astroBuild(folder);
      const cards = await countFiles(join(folder, "dist/client/cards"));
      const [load = 0] = loadavg();
      console.log(
        `${name}: ${run.seconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(1)} s CPU, load ${load.toFixed(1)} ` +
          `(${cards} cards in dist${run.cards ? `; ${run.cards}` : ""})`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { posts: { type: "string", default: "1000" } } });
const posts = Number(values.posts);
if (!Number.isInteger(posts) || posts < 1) {
  console.error("usage: npm run bench:build [-- --posts N]  (N ≥ 1 generated posts, default 1000)");
  process.exit(1);
}
try {
  await benchBuild(posts);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
