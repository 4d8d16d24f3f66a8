/** Secrets and optional settings that live outside wrangler.jsonc, so `wrangler types` does not know them. */
export type SecretName =
  | "AUTHOR_PASSWORD"
  | "AUTHOR_API_TOKEN"
  | "COMMENT_WEBHOOK_URL"
  | "TURNSTILE_SITE_KEY"
  | "TURNSTILE_SECRET_KEY";

/** A secret from the Worker's environment (`wrangler secret put`, or .dev.vars locally), if set. */
export function readSecret(env: Env, name: SecretName): string | undefined {
  const value: unknown = Reflect.get(env, name);
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * The shortest author secrets accepted, and a command that makes a good one. The throttle
 * allows 5 guesses per client in 15 minutes; 12 random characters are out of reach of that
 * and of the global ceiling, and a token is never typed, so it can be long.
 */
export const authorSecretRules = {
  AUTHOR_PASSWORD: { minimum: 12, generate: "openssl rand -base64 24" },
  AUTHOR_API_TOKEN: { minimum: 32, generate: "openssl rand -hex 32" },
} as const;

export type AuthorSecretName = keyof typeof authorSecretRules;

/** The author's secrets as configured: usable (either may be unset), or one of them too short. */
export type AuthorSecrets =
  | { kind: "usable"; password: string | undefined; token: string | undefined }
  | { kind: "weak"; name: AuthorSecretName; minimum: number; generate: string; message: string };

// Workers have no start hook: the first request of an isolate that reads a weak secret logs it.
const logged = new Set<string>();

/**
 * The author's secrets, refused as a whole while either is shorter than its minimum: the
 * dashboard, the sign-in and the author API then answer 503 until the secret is replaced.
 */
export function readAuthorSecrets(env: Env): AuthorSecrets {
  const password = readSecret(env, "AUTHOR_PASSWORD");
  const token = readSecret(env, "AUTHOR_API_TOKEN");
  for (const [name, value] of [
    ["AUTHOR_PASSWORD", password],
    ["AUTHOR_API_TOKEN", token],
  ] as const) {
    const { minimum, generate } = authorSecretRules[name];
    if (value !== undefined && value.length < minimum) {
      const message = `${name} has ${value.length} characters, fewer than the ${minimum} required, so the author's sign-in and API stay closed. Make a new one with \`${generate}\` and set it with \`npx wrangler secret put ${name}\` (locally in .dev.vars).`;
      if (!logged.has(message)) {
        logged.add(message);
        console.error(message);
      }
      return { kind: "weak", name, minimum, generate, message };
    }
  }
  return { kind: "usable", password, token };
}

/** Compares two strings in time that depends only on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}
