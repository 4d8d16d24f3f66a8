/**
 * The local secrets file `.dev.vars` for `npm run dev`, written on a first run with random
 * secrets, so that a newcomer's dashboard opens without setup. Only `npm run dev` calls this:
 * preview and deploy never write secrets.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";

export interface DevSecrets {
  AUTHOR_PASSWORD: string;
  AUTHOR_API_TOKEN: string;
}

/**
 * 18 and 36 random bytes: 24 and 48 base64url characters, above the 12 and 32 characters the
 * site asks of these secrets, and no character a shell or a .env parser would read differently.
 */
export function makeDevSecrets(): DevSecrets {
  return {
    AUTHOR_PASSWORD: randomBytes(18).toString("base64url"),
    AUTHOR_API_TOKEN: randomBytes(36).toString("base64url"),
  };
}

/** The example file with its empty secret lines filled in; comments and optional settings stay. */
export function fillDevVars(example: string, secrets: DevSecrets): string {
  let text = example;
  for (const [name, value] of Object.entries(secrets)) {
    const line = new RegExp(`^${name}=.*$`, "m");
    text = line.test(text) ? text.replace(line, `${name}=${value}`) : `${text.trimEnd()}\n${name}=${value}\n`;
  }
  return text;
}

/** Writes `.dev.vars` when it is missing; the secrets it wrote, or undefined when it was there. */
export async function createDevVarsIfMissing(
  file = ".dev.vars",
  exampleFile = ".dev.vars.example",
): Promise<DevSecrets | undefined> {
  if (existsSync(file)) return undefined;
  const example = existsSync(exampleFile) ? await readFile(exampleFile, "utf8") : "";
  const secrets = makeDevSecrets();
  // "wx": a file created meanwhile is never overwritten; 0600: only its owner reads the secrets.
  await writeFile(file, fillDevVars(example, secrets), { flag: "wx", mode: 0o600 });
  return secrets;
}
