import { DrizzleQueryError } from "drizzle-orm";

/**
 * What of an error may go to the log. drizzle's query error quotes the statement's
 * parameters: a reader's comment, hashes, the session key. The log keeps its SQL and the
 * error underneath (D1's own, which names no values), and never the parameters.
 */
export function redactForLog(error: unknown): unknown {
  if (error instanceof DrizzleQueryError) {
    return { error: "Failed query", query: error.query, cause: redactForLog(error.cause) };
  }
  if (error instanceof Error && error.cause !== undefined) {
    return { error: `${error.name}: ${error.message}`, stack: error.stack, cause: redactForLog(error.cause) };
  }
  return error;
}

/** Logs an unexpected error for the operator, without the values a query carried. */
export function logError(what: string, error: unknown): void {
  console.error(what, redactForLog(error));
}
