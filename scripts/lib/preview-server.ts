import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PreviewServer {
  url: string;
  persistTo: string;
  /** What the server has printed so far (its last 256 KB): the Worker's log lines among it. */
  log(): string;
  stop(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The preview exited (${child.exitCode ?? child.signalCode})`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/** Sends `signal` to every process of the group led by `pid`; whether any was left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends the server's whole process group (wrangler starts workerd children) and waits until
 * none of it is left: SIGTERM first, SIGKILL for whatever still runs after five seconds.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const pid = child.pid;
  const termDeadline = Date.now() + 5_000;
  const killDeadline = termDeadline + 5_000;
  signalGroup(pid, "SIGTERM");
  while (signalGroup(pid, 0) && Date.now() < killDeadline) {
    if (Date.now() > termDeadline) signalGroup(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface PreviewOptions {
  /** Variables and secrets for the Worker, as `wrangler dev --var NAME:VALUE` sets them. */
  vars?: Record<string, string>;
  /** The project folder whose build to serve; this one by default. */
  cwd?: string;
  /** A local D1 to serve (kept afterwards); by default a throwaway one. */
  persistTo?: string;
}

export interface LaunchedPreview extends PreviewServer {
  /**
   * Resolves once the preview answers /api/health. If it fails to, the preview has been
   * stopped and this rejects with what it printed last.
   */
  ready: Promise<void>;
}

/**
 * Starts the preview on a free port with its own throwaway local D1 and waits until it answers.
 * See launchPreview.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const { ready, ...preview } = await launchPreview(options);
  await ready;
  return preview;
}

/**
 * Starts the preview on a free port with its own throwaway local D1, without waiting for it:
 * what `npm run preview` runs (the offline settings, then scripts/preview.ts on this Node),
 * without npm in between, which cost each preview a Node start of its own.
 */
export async function launchPreview(options: PreviewOptions = {}): Promise<LaunchedPreview> {
  const port = await findFreePort();
  // wrangler's inspector defaults to 9229 when that looks free, so two previews started
  // together would both take it; each gets a free port of its own.
  const inspectorPort = await findFreePort();
  const persistTo = options.persistTo ?? (await mkdtemp(join(tmpdir(), "resonanz-d1-")));
  const url = `http://127.0.0.1:${port}`;
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const child = spawn(
    "sh",
    [
      "-c",
      '. ./scripts/offline.env && exec "$@"',
      "sh",
      process.execPath,
      "scripts/preview.ts",
      "--port",
      String(port),
      "--inspector-port",
      String(inspectorPort),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      persistTo,
      ...varArgs,
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], ...(options.cwd ? { cwd: options.cwd } : {}) },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-256_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    await stopGroup(child);
    if (!options.persistTo) await rm(persistTo, { recursive: true, force: true });
  };
  const ready = waitForHealth(url, child, 60_000).catch(async (error: unknown) => {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.slice(-4_000)}`);
  });
  // A failure is reported to whoever awaits `ready`, which may be later than it happens.
  ready.catch(() => undefined);
  return { url, persistTo, log: () => output, stop, ready };
}

/**
 * Runs the Worker's Cron Trigger once and resolves when it has finished, waitUntil work
 * included. wrangler dev's `--test-scheduled` route (/__scheduled) is injected by bundling,
 * which Astro's prebuilt Worker skips (`no_bundle`), so this uses the trigger that
 * wrangler dev's runtime (miniflare) always serves.
 */
export async function triggerCron(url: string, cron: string): Promise<void> {
  const response = await fetch(`${url}/cdn-cgi/local/scheduled?cron=${encodeURIComponent(cron)}`);
  const outcome = await response.text();
  if (!response.ok) throw new Error(`The Cron Trigger "${cron}" ended with: ${outcome}`);
}
