import { Hono } from "hono";
import type { AppEnv } from "../env";
import { getHealth } from "../queries/health";

export const health = new Hono<AppEnv>().get("/", async (c) => {
  c.header("Cache-Control", "no-store");
  return c.json(await getHealth(c.var.db));
});
