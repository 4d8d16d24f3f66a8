import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { TestProject } from "vitest/node";
import { launchPreview } from "../../scripts/lib/preview-server";
import { testSecrets } from "../support/test-secrets";
import { seedLookSite } from "./support/look-site";
import type { SharedPreviews } from "./support/shared-previews";

declare module "vitest" {
  interface ProvidedContext {
    baseUrl: string;
    /** The `--persist-to` folder of the `baseUrl` preview's local D1, for tests that read or write it directly. */
    basePersistTo: string;
    /** A second preview whose D1 holds only the look tests' fixed data (support/look-site.ts). */
    lookUrl: string;
    /** Answers once both previews answer and the look site is seeded (support/shared-previews.ts). */
    sharedPreviewsUrl: string;
  }
}

/**
 * Answers every request once `ready` settles: 200 with its value as JSON, or 500 with the
 * reason it failed. The test files run in other processes; this is how they wait for it.
 */
async function serveWhenReady(ready: Promise<SharedPreviews>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    ready.then(
      (previews) => response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(previews)),
      (error: unknown) =>
        response
          .writeHead(500, { "Content-Type": "text/plain; charset=utf-8" })
          .end(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts the two shared previews and seeds the look site without waiting for them: the unit,
 * workers and build files run meanwhile (vitest.config.ts puts the e2e files last), and each
 * e2e file waits for them in tests/e2e/wait-for-shared-previews.ts before it starts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/server/entry.mjs")) {
    throw new Error("The e2e tests need a build: run `npm test` (which builds first) or `npm run build`.");
  }
  // The dashboard tests sign in as the author, so both servers know the test secrets.
  const [server, lookServer] = await Promise.all([
    launchPreview({ vars: testSecrets }),
    launchPreview({ vars: testSecrets }),
  ]);
  const ready = (async (): Promise<SharedPreviews> => {
    await Promise.all([server.ready, lookServer.ready]);
    const look = await seedLookSite(lookServer.url);
    return { lookDeletePath: look.deletePath };
  })();
  // A failure reaches each e2e file through the answer below, which may come later than it happens.
  ready.catch(() => undefined);
  const answering = await serveWhenReady(ready);
  project.provide("baseUrl", server.url);
  project.provide("basePersistTo", server.persistTo);
  project.provide("lookUrl", lookServer.url);
  project.provide("sharedPreviewsUrl", answering.url);
  return async () => {
    await answering.close();
    await Promise.all([server.stop(), lookServer.stop()]);
  };
}
