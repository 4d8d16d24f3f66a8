import { getTableName, is, Table } from "drizzle-orm";
import * as schema from "../../../functions/db/schema";
import { executeD1 } from "../../../scripts/lib/d1";

/**
 * Faults made in a preview's local D1 while it runs. Each returns the function that
 * undoes it, for the hook after the tests that need the fault.
 */
export type Undo = () => Promise<void>;

async function alter(persistTo: string, sql: string, undo: string): Promise<Undo> {
  await executeD1(persistTo, sql);
  return async () => {
    await executeD1(persistTo, undo);
  };
}

/**
 * Refuses every new comment as a locked database would ("database is locked"). A
 * test cannot hold a real lock on D1, which runs one query at a time; a trigger
 * refusing the write with the same message is the stand-in (as in the workers tests).
 */
export function lockComments(persistTo: string): Promise<Undo> {
  return alter(
    persistTo,
    "CREATE TRIGGER fault_locked_comments BEFORE INSERT ON comments BEGIN SELECT RAISE(ABORT, 'database is locked'); END;",
    "DROP TRIGGER IF EXISTS fault_locked_comments;",
  );
}

/**
 * Takes every table of the schema away from the Worker, as if D1 had lost them. They
 * are moved aside rather than dropped, so that they can be put back afterwards.
 */
export function takeTablesAway(persistTo: string): Promise<Undo> {
  const tables = Object.values(schema)
    .filter((value) => is(value, Table))
    .map((table) => getTableName(table));
  const rename = (from: (table: string) => string, to: (table: string) => string) =>
    tables.map((table) => `ALTER TABLE "${from(table)}" RENAME TO "${to(table)}";`).join("\n");
  const away = (table: string) => `${table}_away`;
  const same = (table: string) => table;
  return alter(persistTo, rename(same, away), rename(away, same));
}
