/**
 * Cleanup that must run however the benchmark ends. The preview server and Chromium are
 * started detached, in their own process groups, so a Ctrl-C in the terminal never reaches
 * them: unless this process ends them, they keep the port and the CPU after it exits.
 */
type Teardown = () => Promise<void> | void;

const teardowns: Teardown[] = [];
let interrupted = false;

/** True once a signal has started the teardown: work still running then fails, and that is expected. */
export function wasInterrupted(): boolean {
  return interrupted;
}

export function onTeardown(teardown: Teardown): void {
  teardowns.push(teardown);
}

/** Runs every registered teardown once, newest first; one failing does not skip the others. */
export async function runTeardowns(): Promise<void> {
  for (let teardown = teardowns.pop(); teardown !== undefined; teardown = teardowns.pop()) {
    try {
      await teardown();
    } catch (error) {
      console.error("cleanup failed:", error);
    }
  }
}

export function runTeardownsOnSignals(): void {
  // 128 + signal number, the exit status a shell reports for a process ended by that signal.
  const signals: Array<[NodeJS.Signals, number]> = [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ];
  for (const [signal, exitCode] of signals) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping the preview server and Chromium…`);
      void runTeardowns().finally(() => process.exit(exitCode));
    });
  }
}
