import { env } from "cloudflare:workers";

/**
 * The site's own 404 page for on-demand routes. `Astro.rewrite("/404/")` fails there
 * because the 404 page is prerendered, so it is read from the static assets instead.
 */
export async function notFoundResponse(url: URL): Promise<Response> {
  const page = await env.ASSETS.fetch(new URL("/404.html", url)).catch(() => null);
  const body = page?.ok ? await page.text() : "Not found";
  return new Response(body, {
    status: 404,
    headers: { "Content-Type": page?.ok ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" },
  });
}
