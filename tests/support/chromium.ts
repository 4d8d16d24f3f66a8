import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

// Without these, chromium reaches for Google's services, which this network refuses.
const quietFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ChromiumOptions {
  /** False opens every page as a reader who turned JavaScript off. */
  javaScriptEnabled?: boolean;
}

/** Starts Debian's chromium with a fresh profile; fails loudly when it is missing. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with ` +
        "`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "resonanz-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: quietFlags,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}
