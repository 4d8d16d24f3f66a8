import { existsSync } from "node:fs";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { oldLinksSchema, staticRedirectRules } from "../lib/old-links";

const oldLinksFile = "content/redirects.json";

/**
 * Writes the old addresses of content/redirects.json into `_redirects` as static rules, so
 * that Cloudflare answers them without running the Worker. A rule whose address the build
 * serves itself is left out: Cloudflare would follow it and hide the page.
 */
export function oldLinksRedirects(): AstroIntegration {
  return {
    name: "resonanz:old-links",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const links = oldLinksSchema.parse(JSON.parse(await readFile(oldLinksFile, "utf8")));
        if (links.redirects.length === 0) return;
        const root = fileURLToPath(dir);
        const isServed = (path: string) => {
          const file = decodeURIComponent(path.split("?")[0] ?? path);
          return existsSync(`${root}${file}`) && (!file.endsWith("/") || existsSync(`${root}${file}index.html`));
        };
        const rules = staticRedirectRules(links, isServed);
        const file = new URL("_redirects", dir);
        const existing = await readFile(file, "utf8").catch(() => "");
        const text = `# Old addresses (content/redirects.json)\n${rules.join("\n")}\n`;
        if (existing === "") await writeFile(file, text);
        else await appendFile(file, `\n${text}`);
        const rest = links.redirects.length - rules.length;
        logger.info(
          `Wrote ${rules.length} old addresses into _redirects${rest > 0 ? `; the Worker answers the other ${rest}` : ""}.`,
        );
      },
    },
  };
}
