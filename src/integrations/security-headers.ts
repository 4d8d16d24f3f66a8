import { appendFile, readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { staticHeadersFile } from "../../shared/security-headers";

/**
 * Writes the security headers for static files into `_headers`, from the same
 * definitions the middleware uses for on-demand pages. Rules already in the file
 * (the adapter's caching rule for /_astro/*) stay.
 */
export function securityHeadersFile(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: "resonanz:security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!site) throw new Error("security headers: `site` must be set in astro.config.mjs");
        const file = new URL("_headers", dir);
        const existing = await readFile(file, "utf8").catch(() => "");
        const rules = staticHeadersFile(site);
        if (existing === "") await writeFile(file, rules);
        else await appendFile(file, `\n${rules}`);
        logger.info("Wrote the security headers for static files into _headers.");
      },
    },
  };
}
