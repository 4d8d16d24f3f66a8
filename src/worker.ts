import { handle } from "@astrojs/cloudflare/handler";
import oldLinksFile from "../content/redirects.json";
import api from "../functions/index";
import { formRefusedPath } from "../shared/urls";
import { checkFormPost } from "./lib/form-post";
import { findOldLink, indexOldLinks, oldLinksSchema } from "./lib/old-links";

/** Whether a path belongs to the Hono API rather than the Astro site. */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

// Built once per isolate: the old addresses are part of the deployed code.
const oldLinks = indexOldLinks(oldLinksSchema.parse(oldLinksFile));

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (isApiPath(url.pathname)) {
      return api.fetch(request, env, ctx);
    }
    // A post to a page is a form of bounded size, or no page reads it (src/lib/form-post.ts).
    const post = await checkFormPost(request);
    if (post.outcome === "refused") {
      return handle(new Request(new URL(formRefusedPath(post.reason), url)), env, ctx);
    }
    // Reached for addresses no static file serves, and for the home page (wrangler.jsonc's
    // run_worker_first), where WordPress's `/?p=123` links arrive.
    const moved = findOldLink(oldLinks, url);
    if (moved) return Response.redirect(new URL(moved, url), 301);
    return handle(post.request, env, ctx);
  },
  scheduled: api.scheduled,
} satisfies ExportedHandler<Env>;
