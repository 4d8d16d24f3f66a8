import { z } from "zod";
import { letterConfig } from "../../site.config";

/** Where the letter goes: LETTER_TO (a verified address) and LETTER_FROM (on the site's domain). */
export interface LetterAddresses {
  to: string;
  from: string;
}

const address = z.email().max(254);

/**
 * The letter's addresses from the Worker's environment (`vars`, secrets or .dev.vars), or null
 * while either is missing or the author turned the letter off in site.config.ts: the letter is
 * off until it is configured. An address that is set but is not one is an error the operator
 * must see, not a silent "off".
 */
export function readLetterAddresses(env: Env): LetterAddresses | null {
  if (!letterConfig.enabled) return null;
  const to: unknown = Reflect.get(env, "LETTER_TO");
  const from: unknown = Reflect.get(env, "LETTER_FROM");
  if (typeof to !== "string" || typeof from !== "string" || to === "" || from === "") return null;
  return { to: address.parse(to), from: address.parse(from) };
}
