import { type PreviewOptions, type PreviewServer, startPreview } from "../lib/preview-server.ts";
import { onTeardown } from "./teardown.ts";

/** Starts `npm run preview` on a throwaway D1; its stop() is registered as a teardown, for errors and Ctrl-C. */
export function startBenchPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const starting = startPreview(options);
  // A Ctrl-C during start-up must still end the server, so wait for it to exist, then stop it.
  onTeardown(() =>
    starting.then(
      (server) => server.stop(),
      () => undefined,
    ),
  );
  return starting;
}
