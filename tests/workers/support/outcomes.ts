import type { Accepted, Refused } from "../../../functions/outcome";

/** The accepted outcome of a write that a test expects to pass, so that it can read what was stored. */
export function acceptedOf<Value extends object>(outcome: Accepted<Value> | Refused<string>): Accepted<Value> {
  if (outcome.outcome === "refused")
    throw new Error(`expected the write to pass, but it was refused: ${outcome.reason}`);
  return outcome;
}
