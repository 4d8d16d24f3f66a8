import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPreview } from "../../scripts/lib/preview-server";
import { testSecrets } from "../support/test-secrets";
import { seedLookSite } from "./support/look-site";

declare module "vitest" {
  interface ProvidedContext {
    baseUrl: string;
    /** The `--persist-to` folder of the `baseUrl` preview's local D1, for tests that read or write it directly. */
    basePersistTo: string;
    /** A second preview whose D1 holds only the look tests' fixed data (support/look-site.ts). */
    lookUrl: string;
    lookDeletePath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/server/entry.mjs")) {
    throw new Error("The e2e tests need a build: run `npm test` (which builds first) or `npm run build`.");
  }
  // The dashboard tests sign in as the author, so both servers know the test secrets.
  const [server, lookServer] = await Promise.all([
    startPreview({ vars: testSecrets }),
    startPreview({ vars: testSecrets }),
  ]);
  const stop = () => Promise.all([server.stop(), lookServer.stop()]).then(() => undefined);
  try {
    const look = await seedLookSite(lookServer.url);
    project.provide("lookDeletePath", look.deletePath);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("baseUrl", server.url);
  project.provide("basePersistTo", server.persistTo);
  project.provide("lookUrl", lookServer.url);
  return stop;
}
