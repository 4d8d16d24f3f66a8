/**
 * What a refused write tells its caller: the field at fault, a reason code that the API
 * and the pages map to a status or a message, and the API's English text for that field.
 * Domain functions return this instead of throwing, so no HTTP shape leaks out of the routes.
 */
export interface Refused<Reason extends string> {
  outcome: "refused";
  reason: Reason;
  field: string;
  /** The API's `error` text, e.g. "token: the form has expired; please reload the page". */
  message: string;
  /** Set when waiting helps (a rate limit): seconds until a retry may pass. */
  retryAfterSeconds?: number;
}

export function refuse<Reason extends string>(
  reason: Reason,
  field: string,
  message: string,
  retryAfterSeconds?: number,
): Refused<Reason> {
  return {
    outcome: "refused",
    reason,
    field,
    message,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

export type Accepted<Value extends object> = { outcome: "accepted" } & Value;

export function accept<Value extends object>(value: Value): Accepted<Value> {
  return { outcome: "accepted", ...value };
}
