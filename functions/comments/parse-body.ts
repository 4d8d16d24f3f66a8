import type { Context } from "hono";

/** Turnstile's widget names its field `cf-turnstile-response`; the schema calls it `turnstileToken`. */
function renameTurnstileField(fields: Record<string, unknown>): Record<string, unknown> {
  const { "cf-turnstile-response": turnstileToken, ...rest } = fields;
  return turnstileToken === undefined ? rest : { ...rest, turnstileToken };
}

/** Whether a request body is a browser form post rather than JSON. */
export function isFormPost(contentType: string | undefined): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType ?? "");
}

/** A comment body as a plain object, from JSON or from a form post. Null when unreadable. */
export async function readCommentBody(c: Context): Promise<Record<string, unknown> | null> {
  const type = c.req.header("content-type") ?? "";
  try {
    if (/^application\/json\b/i.test(type)) {
      const body: unknown = await c.req.json();
      return typeof body === "object" && body !== null && !Array.isArray(body)
        ? renameTurnstileField({ ...body })
        : null;
    }
    if (isFormPost(type)) {
      const form = await c.req.formData();
      const fields: Record<string, unknown> = {};
      for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
      return renameTurnstileField(fields);
    }
  } catch {
    return null;
  }
  return null;
}
