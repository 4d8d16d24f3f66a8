import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { z } from "zod";

/** A SQL string literal; D1 (SQLite) escapes a quote by doubling it. */
export function sqlText(value: string | null): string {
  return value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`;
}

/**
 * The SQLite file in which `wrangler dev --persist-to persistTo` keeps the local D1: the
 * storage of miniflare's D1 Durable Object, one file per database (this site has one).
 */
function databaseFile(persistTo: string): string {
  const folder = join(persistTo, "v3", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(folder).filter((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite");
  const [file] = files;
  if (files.length !== 1 || !file) throw new Error(`Expected one D1 database in ${folder}, found ${files.length}`);
  return join(folder, file);
}

/**
 * Runs `sql` (one or more statements) against the local D1 that
 * `npm run preview -- --persist-to persistTo` uses, and returns the rows of each statement.
 * It opens the database's SQLite file itself, as `wrangler d1 execute --local` does from a
 * workerd of its own, but without starting wrangler and workerd, which cost each query one
 * to two seconds. The statements run in one transaction, as a D1 batch does; SQLite's locks
 * keep them apart from the running preview's queries (its database is in WAL mode, where
 * readers and the one writer do not wait for each other).
 */
export async function executeD1(persistTo: string, sql: string): Promise<Record<string, unknown>[][]> {
  const database = new DatabaseSync(databaseFile(persistTo), { timeout: 10_000 });
  try {
    database.exec("BEGIN");
    const results: Record<string, unknown>[][] = [];
    let rest = sql;
    while (rest.trim() !== "") {
      // SQLite prepares the first statement; the rest of the text begins after it.
      const statement = database.prepare(rest);
      if (statement.sourceSQL.length === 0) throw new Error(`SQLite found no statement in ${rest}`);
      rest = rest.slice(statement.sourceSQL.length);
      if (statement.columns().length > 0) {
        results.push(statement.all().map((row) => ({ ...row })));
      } else {
        statement.run();
        results.push([]);
      }
    }
    database.exec("COMMIT");
    return results;
  } catch (error) {
    if (database.isTransaction) database.exec("ROLLBACK");
    throw error;
  } finally {
    database.close();
  }
}

/** The rows of a single statement, checked against `row`. */
export async function queryD1<Row>(persistTo: string, sql: string, row: z.ZodType<Row>): Promise<Row[]> {
  const [rows = []] = await executeD1(persistTo, sql);
  return z.array(row).parse(rows);
}
