import { existsSync } from "node:fs";
import { runTeardowns, runTeardownsOnSignals, wasInterrupted } from "./teardown.ts";

/**
 * The frame of a benchmark that checks invariants against the built site (bench:load,
 * bench:abuse): it needs a build and valid options, ends its servers however it stops, and
 * exits 1 when an invariant fails or it breaks off.
 */
export async function runInvariantBench<Settings>(
  readOptions: () => Settings | undefined,
  usage: string,
  bench: (settings: Settings) => Promise<boolean>,
): Promise<void> {
  if (!existsSync("dist/client/index.html")) {
    console.error("run npm run build first");
    process.exit(1);
  }
  const settings = readOptions();
  if (settings === undefined) {
    console.error(usage);
    process.exit(1);
  }
  runTeardownsOnSignals();
  try {
    const passed = await bench(settings);
    console.log(passed ? "\nAll invariants hold." : "\nSome invariants FAILED.");
    if (!passed) process.exitCode = 1;
  } catch (error) {
    if (!wasInterrupted()) console.error(error);
    process.exitCode = 1;
  } finally {
    await runTeardowns();
  }
}
