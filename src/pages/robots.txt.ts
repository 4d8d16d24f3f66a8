import type { APIRoute } from "astro";
import { siteConfig } from "../../site.config";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site ?? siteConfig.url);
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /api/",
    "Disallow: /dashboard/",
    "",
    `Sitemap: ${sitemap.href}`,
    "",
  ];
  return new Response(body.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
