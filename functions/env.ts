import type { DrizzleD1Database } from "drizzle-orm/d1";
import type * as schema from "./db/schema";

/** The drizzle client with its D1 binding, for what drizzle cannot express (see analytics/rollups.ts). */
export type Database = DrizzleD1Database<typeof schema> & { $client: D1Database };

/** Hono's type parameters for every resource of the API. */
export interface AppEnv {
  Bindings: Env;
  Variables: { db: Database };
}
