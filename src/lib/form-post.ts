import { maxRequestBodyBytes } from "../../functions/request/body-limit";
import { isFormPost } from "../../functions/request/read-form-or-json";

/** Why a post to a page is refused before any page reads it, and the status it is answered with. */
export const formRefusals = { "too-large": 413, "not-a-form": 415, unreadable: 400 } as const;

export type FormRefusal = keyof typeof formRefusals;

export type FormPostCheck = { outcome: "passed"; request: Request } | { outcome: "refused"; reason: FormRefusal };

/** The body, read only until it passes `limit`: null when it is longer. */
async function readWithin(body: ReadableStream<Uint8Array<ArrayBuffer>>, limit: number): Promise<Blob | null> {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    // The rest is left unread, as Hono's bodyLimit leaves it: the runtime discards it.
    if (size > limit) return null;
    chunks.push(read.value);
  }
  return new Blob(chunks);
}

/**
 * A request to the site's pages as its pages may read it. The pages that take a post (the
 * comments page, the opt-out page, the deletion page) are forms: any other body is refused,
 * and so is one over the API's limit, by its Content-Length or, when it streams without
 * one, by counting it in; such a body is then handed on from memory.
 */
export async function checkFormPost(request: Request, limit = maxRequestBodyBytes): Promise<FormPostCheck> {
  if (request.method === "GET" || request.method === "HEAD") return { outcome: "passed", request };
  if (!isFormPost(request.headers.get("content-type"))) return { outcome: "refused", reason: "not-a-form" };
  const declared = request.headers.get("content-length");
  if (declared !== null && !request.headers.has("transfer-encoding")) {
    // The runtime ends the body at its Content-Length, so the header is the body's size.
    return Number(declared) > limit ? { outcome: "refused", reason: "too-large" } : { outcome: "passed", request };
  }
  if (!request.body) return { outcome: "passed", request };
  const body = await readWithin(request.body, limit);
  if (!body) return { outcome: "refused", reason: "too-large" };
  return { outcome: "passed", request: new Request(request, { body }) };
}
