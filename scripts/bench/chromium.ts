/**
 * Starts Chromium for Lighthouse through chrome-launcher, with a throwaway profile so that no
 * cache, cookie or service worker from an earlier run changes the figures.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LaunchedChrome, launch } from "chrome-launcher";
import { chromiumFlags } from "../lib/chromium-flags.ts";
import { onTeardown } from "./teardown.ts";

export interface Chromium {
  /** The DevTools port Lighthouse connects to. */
  port: number;
  stop(): Promise<void>;
}

const chromePath = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";

function stopChrome(chrome: LaunchedChrome): Promise<void> {
  return new Promise((resolve) => {
    const child = chrome.process;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    // chrome-launcher started it as a group leader and ends the whole group with SIGKILL.
    chrome.kill();
  });
}

/** Launches Chromium; its stop() is also registered as a teardown, for errors and Ctrl-C. */
export async function startChromium(): Promise<Chromium> {
  if (!existsSync(chromePath)) {
    throw new Error(
      `Chromium not found at ${chromePath}. Install it with ` +
        "`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.",
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), "resonanz-lighthouse-"));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  let chrome: LaunchedChrome;
  try {
    // chrome-launcher's own SIGINT handler would exit before the preview server is stopped.
    chrome = await launch({
      chromePath,
      chromeFlags: chromiumFlags,
      userDataDir,
      handleSIGINT: false,
      logLevel: "error",
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopChrome(chrome).then(removeProfile);
    return stopped;
  };
  onTeardown(stop);
  return { port: chrome.port, stop };
}
