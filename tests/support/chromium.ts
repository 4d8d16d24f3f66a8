import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { chromiumFlags } from "../../scripts/lib/chromium-flags";
import { readerUserAgent } from "../../scripts/lib/user-agent";

const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

// A reader's Chrome: no HeadlessChrome User-Agent and no navigator.webdriver, both of which the collector drops.
const readerFlags = ["--disable-blink-features=AutomationControlled", `--user-agent=${readerUserAgent}`];

export interface LaunchOptions {
  /** Look like a human reader's browser rather than an automated one, so that analytics count the visit. */
  asReader?: boolean;
  /** False opens every page as a reader who turned JavaScript off. */
  javaScriptEnabled?: boolean;
}

function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with ` +
        "`sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation`, " +
        "or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
}

/** Starts Debian's chromium with a fresh profile; fails loudly when it is missing. */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  requireChromium();
  const profile = await mkdtemp(join(tmpdir(), "resonanz-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: options.asReader ? [...chromiumFlags, ...readerFlags] : chromiumFlags,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}

/**
 * Starts Debian's chromium as a browser that holds several contexts (with and without
 * JavaScript, signed in or not) in one process; fails loudly when it is missing.
 */
export async function launchChromiumBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
