import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPreview } from "../support/preview-server";
import { testSecrets } from "../support/test-secrets";

declare module "vitest" {
  interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/server/entry.mjs")) {
    throw new Error("The e2e tests need a build: run `npm test` (which builds first) or `npm run build`.");
  }
  // The dashboard tests sign in as the author, so this server knows the test secrets.
  const server = await startPreview({ vars: testSecrets });
  project.provide("baseUrl", server.url);
  return () => server.stop();
}
