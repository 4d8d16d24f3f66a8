import type { Context } from "hono";

/** A comment body as a plain object, from JSON or from a form post. Null when unreadable. */
export async function readCommentBody(c: Context): Promise<Record<string, unknown> | null> {
  const type = c.req.header("content-type") ?? "";
  try {
    if (/^application\/json\b/i.test(type)) {
      const body: unknown = await c.req.json();
      return typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body } : null;
    }
    if (/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
      const form = await c.req.formData();
      const fields: Record<string, unknown> = {};
      for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
      if ("cf-turnstile-response" in fields) fields["turnstileToken"] = fields["cf-turnstile-response"];
      delete fields["cf-turnstile-response"];
      return fields;
    }
  } catch {
    return null;
  }
  return null;
}
