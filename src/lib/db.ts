import { env } from "cloudflare:workers";
import { openDatabase } from "../../functions/db/client";
import type { Database } from "../../functions/env";

/** The drizzle client for on-demand pages and the comments fragment. */
export function getDb(): Database {
  return openDatabase(env.DB);
}
