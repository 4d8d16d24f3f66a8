import { app } from "./app";
import { runScheduled } from "./scheduled";

/** The API as a Worker: requests to /api/* and the Cron Trigger. Tests run this directly. */
export default {
  fetch: app.fetch,
  scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, new Date(controller.scheduledTime)));
  },
} satisfies ExportedHandler<Env>;
