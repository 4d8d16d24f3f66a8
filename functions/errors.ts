import { DrizzleQueryError } from "drizzle-orm/errors";

/** The one JSON error shape of the API: `{ "error": "<what went wrong>" }`, answered by middleware/error-handlers.ts. */
export interface ApiError {
  error: string;
}

// D1 names its failures D1_ERROR, D1_EXEC_ERROR and so on, with SQLite's code (SQLITE_*) in the
// message or its cause. D1_TYPE_ERROR is a value D1 cannot bind: a bug, which retrying does not mend.
const databaseFailure = /^D1_(?!TYPE_ERROR)|SQLITE_|no such table|database is locked/;

/** Whether an error (or one it was caused by) is D1 failing, so that the client may simply retry. */
export function isDatabaseFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    // drizzle's wrapper quotes the SQL and its parameters, which hold whatever a reader sent;
    // only its cause says what failed, so a TypeError inside a query stays a bug (500).
    if (!(current instanceof DrizzleQueryError) && databaseFailure.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
