import { drizzle } from "drizzle-orm/d1";
import type { Database } from "../env";
import * as schema from "./schema";

/** The one way to open the drizzle client over D1, for the API and the site's on-demand pages. */
export function openDatabase(d1: D1Database): Database {
  return drizzle(d1, { schema });
}
