import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Builds the Pagefind search index over the finished static pages, so search
 * needs no server and no third party. One index in the site language covers
 * posts in both languages (Pagefind would otherwise split the index by `<html lang>`).
 */
export function pagefindSearch(options: { language: string }): AstroIntegration {
  return {
    name: "resonanz:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: options.language });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join("; ")}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
