// @ts-check
import cloudflare from "@astrojs/cloudflare";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { siteConfig } from "./site.config.ts";
import { oldLinksRedirects } from "./src/integrations/old-links.ts";
import { pagefindSearch } from "./src/integrations/pagefind.ts";
import { securityHeadersFile } from "./src/integrations/security-headers.ts";
import { socialCards } from "./src/integrations/social-cards.ts";

/** Pages that exist for people but not for search engines. */
const unlistedPaths = ["/dashboard/", "/search/", "/analytics-opt-out/"];

export default defineConfig({
  site: siteConfig.url,
  build: {
    // Pages are prerendered in workerd, one request each; eight in flight keep both of Node and
    // workerd busy: 1,000 posts prerender in 12 s instead of 23 s (docs/benchmarks.md).
    concurrency: 8,
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !unlistedPaths.some((path) => new URL(page).pathname.startsWith(path)) }),
    pagefindSearch({ language: siteConfig.lang }),
    securityHeadersFile(),
    oldLinksRedirects(),
    socialCards(),
  ],
  vite: {
    build: {
      // Every script becomes a file, none is inlined into a page: the Content-Security-Policy
      // then allows only the site's own script files (shared/security-headers.ts).
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
    },
    environments: {
      // The adapter prepends a `process` shim to every bundle (rolldown's output banner). The
      // Worker needs it; readers' scripts (the tracker, the comment form) do not, and each
      // would carry 52 bytes more.
      client: { build: { rolldownOptions: { output: { banner: "" } } } },
    },
  },
  markdown: {
    // Highlighted at build time; both themes ship as CSS variables, switched by prefers-color-scheme.
    shikiConfig: { themes: { light: "github-light", dark: "github-dark" } },
  },
  // Resonanz keeps no reader sessions: no cookie, no KV namespace for them.
  session: false,
  // No debugger port: a fixed 9229 makes a build fail while `npm run dev` or another build runs.
  adapter: cloudflare({ imageService: "compile", inspectorPort: false }),
});
