/** Whether a request body is a browser form post rather than JSON. */
export function isFormPost(contentType: string | undefined | null): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType ?? "");
}

/** The body readers of both Hono's request and the Fetch API's, so that the API and the pages share this. */
interface ReadableBody {
  json(): Promise<unknown>;
  formData(): Promise<FormData>;
}

/**
 * A request body as a plain object of fields, from JSON or from a form post (the comment
 * form, the sign-in form, the author's reply). Null when it is neither or cannot be read.
 */
export async function readFormOrJson(
  contentType: string | undefined | null,
  body: ReadableBody,
): Promise<Record<string, unknown> | null> {
  const type = contentType ?? "";
  try {
    if (/^application\/json\b/i.test(type)) {
      const value = await body.json();
      return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : null;
    }
    if (isFormPost(type)) {
      const fields: Record<string, unknown> = {};
      for (const [key, value] of await body.formData()) if (typeof value === "string") fields[key] = value;
      return fields;
    }
  } catch {
    return null;
  }
  return null;
}
