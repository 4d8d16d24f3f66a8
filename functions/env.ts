import type { DrizzleD1Database } from "drizzle-orm/d1";
import type * as schema from "./db/schema";

export type Database = DrizzleD1Database<typeof schema>;

/** Hono's type parameters for every resource of the API. */
export interface AppEnv {
  Bindings: Env;
  Variables: { db: Database };
}
