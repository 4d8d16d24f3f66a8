import { count } from "drizzle-orm";
import { settings } from "../db/schema";
import type { Database } from "../env";

export interface Health {
  status: "ok";
  database: "ok";
  settings: number;
}

/** Proves the database answers and the migrations ran by reading a migrated table. */
export async function getHealth(db: Database): Promise<Health> {
  // Bounded: one row, a count.
  const [row] = await db.select({ rows: count() }).from(settings);
  return { status: "ok", database: "ok", settings: row?.rows ?? 0 };
}
