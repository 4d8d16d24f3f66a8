import { cp } from "node:fs/promises";
import { join } from "node:path";

/**
 * What a build or `npm run dev` of the project reads, for tests that run them in a copy of
 * their own (a scheduled post, an imported blog, a newcomer's first run). One list, so that a
 * new folder the build needs (the cards' font in `assets/`) reaches every copy.
 */
const projectFolders = ["src", "shared", "functions", "migrations", "content", "public", "scripts", "assets"];
const projectFiles = ["site.config.ts", "astro.config.mjs", "package.json", "tsconfig.json", "wrangler.jsonc"];

/** Copies the project's sources into `root`, with `extraFiles` beside them; node_modules is the caller's. */
export async function copyProjectSources(root: string, extraFiles: readonly string[] = []): Promise<void> {
  for (const folder of projectFolders) await cp(folder, join(root, folder), { recursive: true });
  for (const file of [...projectFiles, ...extraFiles]) await cp(file, join(root, file));
}
