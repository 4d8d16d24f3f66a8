// @ts-check
import cloudflare from "@astrojs/cloudflare";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { siteConfig } from "./src/site.config.ts";

export default defineConfig({
  site: siteConfig.url,
  integrations: [mdx()],
  // Resonanz keeps no reader sessions: no cookie, no KV namespace for them.
  session: false,
  adapter: cloudflare({ imageService: "compile" }),
});
