import { existsSync } from "node:fs";

/** The build-output tests read dist/; `npm test` builds it first. */
export default function setup(): void {
  if (!existsSync("dist/client/index.html")) {
    throw new Error("The build-output tests need a build: run `npm test` (which builds first) or `npm run build`.");
  }
}
