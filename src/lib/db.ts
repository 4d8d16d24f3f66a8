import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../functions/db/schema";
import type { Database } from "../../functions/env";

/** The drizzle client for on-demand pages and server islands. */
export function getDb(): Database {
  return drizzle(env.DB, { schema });
}
