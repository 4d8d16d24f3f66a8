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
