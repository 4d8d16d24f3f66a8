import type { Page } from "playwright-core";
import { z } from "zod";
import { minimumFillMs } from "../../../functions/comments/form-token";

const tokenAnswer = z.object({ token: z.string() });
const acceptedAnswer = z.object({ id: z.number(), status: z.enum(["pending", "approved"]), deleteUrl: z.string() });
const listedComments = z.object({
  comments: z.array(
    z.object({ id: z.number(), post: z.string(), name: z.string(), text: z.string(), status: z.string() }),
  ),
});

export async function fetchFormToken(baseUrl: string, post: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/comments/token?post=${encodeURIComponent(post)}`);
  return tokenAnswer.parse(await response.json()).token;
}

/**
 * Waits until a form served with `token` may be sent: the server files anything sent
 * within 3 s as spam. The wait is a condition on the clock of `clock`, the server's machine's
 * clock; that page must run scripts, as Playwright polls the condition inside it.
 */
export async function waitUntilFillable(clock: Page, token: string): Promise<void> {
  const issuedAt = Number(token.split(".", 1)[0]);
  await clock.waitForFunction((readyAt) => Date.now() >= readyAt, issuedAt + minimumFillMs + 50, { polling: 100 });
}

/**
 * A client address of its own for each caller, sent as CF-Connecting-IP (which `wrangler dev`
 * passes through), so that no test spends another's rate limit of five comments.
 */
export function uniqueClientIp(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(2));
  return `198.18.${bytes[0]}.${bytes[1]}`;
}

export function sendComment(baseUrl: string, fields: Record<string, string>, ip = uniqueClientIp()): Promise<Response> {
  return fetch(`${baseUrl}/api/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip },
    body: JSON.stringify(fields),
  });
}

/** Sends a comment that must be accepted, and returns the API's answer. */
export async function postComment(
  baseUrl: string,
  fields: Record<string, string>,
): Promise<z.infer<typeof acceptedAnswer>> {
  const response = await sendComment(baseUrl, fields);
  if (!response.ok) throw new Error(`POST /api/comments answered ${response.status}: ${await response.text()}`);
  return acceptedAnswer.parse(await response.json());
}

/** The author's side of the API, signed in with the preview's AUTHOR_API_TOKEN. */
export function authorApi(baseUrl: string, secret: string) {
  const headers = { Authorization: `Bearer ${secret}` };
  return {
    async approve(id: number): Promise<void> {
      const response = await fetch(`${baseUrl}/api/admin/comments/${id}/approve`, { method: "POST", headers });
      if (!response.ok) throw new Error(`approving comment ${id} answered ${response.status}`);
    },
    async reply(id: number, text: string): Promise<void> {
      const response = await fetch(`${baseUrl}/api/admin/comments/${id}/reply`, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      if (response.status !== 201) throw new Error(`replying to comment ${id} answered ${response.status}`);
    },
    async list(status: "pending" | "approved" | "spam") {
      const response = await fetch(`${baseUrl}/api/admin/comments?status=${status}`, { headers });
      return listedComments.parse(await response.json()).comments;
    },
  };
}

/** The comment id in a private deletion link. */
export function idOfDeleteUrl(deleteUrl: string): number {
  return Number(new URL(deleteUrl, "http://localhost").searchParams.get("id"));
}
