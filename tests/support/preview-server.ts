import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PreviewServer {
  url: string;
  persistTo: string;
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
    if (child.exitCode !== null) throw new Error(`npm run preview exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm run preview did not answer ${url}/api/health within ${timeoutMs} ms`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once("exit", () => resolve());
    // wrangler starts workerd children; ending the whole group leaves none behind.
    process.kill(-child.pid, "SIGTERM");
    setTimeout(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, 5_000).unref();
  });
}

export interface PreviewOptions {
  /** Variables and secrets for the Worker, as `wrangler dev --var NAME:VALUE` sets them. */
  vars?: Record<string, string>;
}

/** Starts `npm run preview` on a free port with its own throwaway local D1. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const port = await findFreePort();
  const persistTo = await mkdtemp(join(tmpdir(), "resonanz-d1-"));
  const url = `http://127.0.0.1:${port}`;
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const child = spawn(
    "npm",
    ["run", "preview", "--", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", persistTo, ...varArgs],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    await stopGroup(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url, persistTo, stop: () => stopGroup(child) };
}
