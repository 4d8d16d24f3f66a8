import { createMiddleware } from "hono/factory";
import { openDatabase } from "../db/client";
import type { AppEnv } from "../env";

/** Makes one drizzle client per request over the D1 binding. */
export const withDatabase = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", openDatabase(c.env.DB));
  await next();
});
