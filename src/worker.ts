import { handle } from "@astrojs/cloudflare/handler";
import api from "../functions/index";

/** Whether a path belongs to the Hono API rather than the Astro site. */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export default {
  fetch(request, env, ctx) {
    if (isApiPath(new URL(request.url).pathname)) {
      return api.fetch(request, env, ctx);
    }
    return handle(request, env, ctx);
  },
  scheduled: api.scheduled,
} satisfies ExportedHandler<Env>;
