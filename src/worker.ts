import { handle } from "@astrojs/cloudflare/handler";
import { app } from "../functions/app";

/** Whether a path belongs to the Hono API rather than the Astro site. */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export default {
  fetch(request, env, ctx) {
    if (isApiPath(new URL(request.url).pathname)) {
      return app.fetch(request, env, ctx);
    }
    return handle(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
