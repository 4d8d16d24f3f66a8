import { env } from "cloudflare:workers";
import { onTestFinished } from "vitest";

/**
 * Ways D1 fails, each made on purpose for one test and undone when it finishes
 * (the tests of a file share their storage).
 */
export type D1Fault = "throwing binding" | "locked table" | "missing table";

export const d1Faults: D1Fault[] = ["throwing binding", "locked table", "missing table"];

/** What D1 itself answers when its storage cannot be reached, as the fault binding throws it. */
export const d1Outage = () => new Error("D1_ERROR: Network connection lost.");

/** Counts how often code reaches for a FailingD1, to tell one attempt from retries. */
export class AttemptCounter {
  attempts = 0;
}

class FailingStatement implements D1PreparedStatement {
  constructor(
    private readonly fail: () => Error,
    private readonly counter: AttemptCounter,
  ) {}

  private reject(): Promise<never> {
    this.counter.attempts += 1;
    return Promise.reject(this.fail());
  }

  bind(): D1PreparedStatement {
    return this;
  }

  first<T>(): Promise<T | null> {
    return this.reject();
  }

  run<T>(): Promise<D1Result<T>> {
    return this.reject();
  }

  all<T>(): Promise<D1Result<T>> {
    return this.reject();
  }

  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>;
  raw<T = unknown[]>(options?: { columnNames?: false }): Promise<T[]>;
  raw(): Promise<never> {
    return this.reject();
  }
}

/**
 * A DB binding that fails every query with `fail()`: when it runs a statement (as
 * D1 does when its storage is unreachable) or, with `when: "prepare"`, already
 * when a statement is prepared, as a broken binding would.
 */
export class FailingD1 implements D1Database {
  readonly counter = new AttemptCounter();

  constructor(
    private readonly fail: () => Error = d1Outage,
    private readonly when: "prepare" | "run" = "run",
  ) {}

  prepare(): D1PreparedStatement {
    if (this.when === "prepare") {
      this.counter.attempts += 1;
      throw this.fail();
    }
    return new FailingStatement(this.fail, this.counter);
  }

  batch<T>(): Promise<D1Result<T>[]> {
    this.counter.attempts += 1;
    return Promise.reject(this.fail());
  }

  exec(): Promise<D1ExecResult> {
    this.counter.attempts += 1;
    return Promise.reject(this.fail());
  }

  withSession(): D1DatabaseSession {
    throw this.fail();
  }

  dump(): Promise<ArrayBuffer> {
    return Promise.reject(this.fail());
  }
}

/** Runs `statements` now and `undo` when the current test finishes, whatever its outcome. */
async function alterUntilTestEnds(statements: string[], undo: string[]): Promise<void> {
  // One statement per prepare: a trigger's body holds semicolons of its own.
  await env.DB.batch(statements.map((statement) => env.DB.prepare(statement)));
  onTestFinished(async () => {
    await env.DB.batch(undo.map((statement) => env.DB.prepare(statement)));
  });
}

function raiseOnWrite(name: string, timing: "BEFORE" | "AFTER", action: string, table: string, message: string) {
  return `CREATE TRIGGER ${name} ${timing} ${action} ON "${table}" BEGIN SELECT RAISE(ABORT, '${message}'); END`;
}

/**
 * Makes writes to `table` fail the way a locked database does. SQLite answers a
 * lock it cannot wait out with "database is locked" (SQLITE_BUSY), but a test
 * cannot hold one: D1 runs every query of a database one after another in one
 * Durable Object, so no second writer exists. A trigger raising that message on
 * every write is the closest stand-in; like a lock, it refuses the write and
 * rolls back the statement.
 */
export async function lockTable(table: string): Promise<void> {
  const names = ["INSERT", "UPDATE", "DELETE"].map((action) => ({ name: `fault_locked_${table}_${action}`, action }));
  await alterUntilTestEnds(
    names.map(({ name, action }) => raiseOnWrite(name, "BEFORE", action, table, "database is locked")),
    names.map(({ name }) => `DROP TRIGGER IF EXISTS ${name}`),
  );
}

/** Makes `table` missing (as after a failed migration) by moving it aside until the test ends. */
export async function hideTable(table: string): Promise<void> {
  await alterUntilTestEnds(
    [`ALTER TABLE "${table}" RENAME TO "${table}_hidden"`],
    [`ALTER TABLE "${table}_hidden" RENAME TO "${table}"`],
  );
}

/**
 * Makes a statement fail with `message` after it has written a row to `table`
 * (AFTER triggers run once the row is in), until the test ends.
 */
export async function failWritesTo(table: string, message: string): Promise<void> {
  const names = ["INSERT", "UPDATE"].map((action) => ({ name: `fault_write_${table}_${action}`, action }));
  await alterUntilTestEnds(
    names.map(({ name, action }) => raiseOnWrite(name, "AFTER", action, table, message)),
    names.map(({ name }) => `DROP TRIGGER IF EXISTS ${name}`),
  );
}

/**
 * The bindings with D1 failing as `fault` describes; `table` is the table a locked
 * or missing table fault applies to. The counter is set for a throwing binding.
 */
export async function breakDatabase(
  fault: D1Fault,
  table: string,
  bindings: Env = env,
): Promise<{ env: Env; counter?: AttemptCounter }> {
  if (fault === "throwing binding") {
    const db = new FailingD1();
    return { env: { ...bindings, DB: db }, counter: db.counter };
  }
  if (fault === "locked table") await lockTable(table);
  else await hideTable(table);
  return { env: bindings };
}
