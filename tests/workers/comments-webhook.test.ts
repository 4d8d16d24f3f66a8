import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { submitComment } from "../../functions/comments/submit";
import { buildSubmitContext } from "../../functions/comments/submit-context";
import { newCommentSchema } from "../../functions/schemas/comment";
import {
  countComments,
  findComment,
  insertPost,
  readAccepted,
  sendComment,
  testEnv,
  validComment,
} from "./support/comments";
import { openDatabase, siteOrigin } from "./support/events";

const webhookUrl = "https://hooks.example/new-comment";

/** Replaces the Worker's fetch for one test; `answer` decides what the webhook's server does. */
function interceptFetch(answer: () => Promise<Response>): Request[] {
  const requests: Request[] = [];
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    requests.push(new Request(input, init));
    return answer();
  });
  const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
  onTestFinished(() => {
    spy.mockRestore();
    quiet.mockRestore();
  });
  return requests;
}

describe("the comment webhook behind POST /api/comments", () => {
  it("posts the new comment as JSON to COMMENT_WEBHOOK_URL with the post's full URL", async () => {
    await insertPost();
    const requests = interceptFetch(async () => new Response("ok"));
    const executionCtx = createExecutionContext();
    const response = await sendComment(await validComment("hello-world", { name: "Ada", text: "Hello there" }), {
      bindings: testEnv({ COMMENT_WEBHOOK_URL: webhookUrl }),
      executionCtx,
    });
    await waitOnExecutionContext(executionCtx);
    expect(response.status).toBe(202);
    expect(requests.map((request) => [request.method, request.url])).toEqual([["POST", webhookUrl]]);
    const body = await requests[0]?.json();
    expect(body).toMatchObject({
      text: expect.stringContaining("Hello there"),
      content: expect.stringContaining("Hello there"),
      message: "Hello there",
      name: "Ada",
      status: "pending",
      url: `${siteOrigin}/posts/hello-world/`,
    });
  });

  it("neutralises the reader's mentions and markup for Slack and Discord", async () => {
    await insertPost();
    const requests = interceptFetch(async () => new Response("ok"));
    const executionCtx = createExecutionContext();
    const hostile = "<!channel> @everyone [bank](https://evil.example) <@U123>";
    await sendComment(await validComment("hello-world", { name: "<!here> @here", text: hostile }), {
      bindings: testEnv({ COMMENT_WEBHOOK_URL: webhookUrl }),
      executionCtx,
    });
    await waitOnExecutionContext(executionCtx);
    const body = z
      .object({ text: z.string(), content: z.string(), allowed_mentions: z.unknown(), message: z.string() })
      .parse(await requests[0]?.json());
    expect(body.text).not.toMatch(/<[!@]/);
    expect(body.text).toContain("&lt;!channel&gt;");
    // Each markup character follows a backslash, which Discord shows as the character itself.
    expect(body.content).not.toMatch(/@(everyone|here)|[^\\]\[bank|[^\\]<@/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    // ntfy's plain-text message keeps the text as the reader wrote it.
    expect(body.message).toBe(hostile);
  });

  it("logs a failed delivery without the webhook's URL", async () => {
    await insertPost();
    const secretUrl = "https://hooks.example/api/webhooks/123/secret-token";
    interceptFetch(() => Promise.reject(new TypeError(`Network connection lost: ${secretUrl}`)));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const executionCtx = createExecutionContext();
    await sendComment(await validComment(), { bindings: testEnv({ COMMENT_WEBHOOK_URL: secretUrl }), executionCtx });
    await waitOnExecutionContext(executionCtx);
    expect(logged).toHaveBeenCalled();
    expect(JSON.stringify(logged.mock.calls)).not.toContain("secret-token");
  });

  it.each([
    { case: "answers 500", answer: async () => new Response("down", { status: 500 }) },
    { case: "cannot be reached", answer: () => Promise.reject(new TypeError("Network connection lost.")) },
  ])("keeps and answers the comment when the webhook $case", async ({ answer }) => {
    await insertPost();
    const requests = interceptFetch(answer);
    const executionCtx = createExecutionContext();
    const response = await sendComment(await validComment(), {
      bindings: testEnv({ COMMENT_WEBHOOK_URL: webhookUrl }),
      executionCtx,
    });
    expect(response.status).toBe(202);
    const { id } = await readAccepted(response);
    await waitOnExecutionContext(executionCtx);
    expect(requests).toHaveLength(1);
    expect(await findComment(id)).toMatchObject({ status: "pending" });
  });

  it("answers before the webhook has finished", async () => {
    await insertPost();
    const webhook = Promise.withResolvers<Response>();
    interceptFetch(() => webhook.promise);
    const executionCtx = createExecutionContext();
    const response = await sendComment(await validComment(), {
      bindings: testEnv({ COMMENT_WEBHOOK_URL: webhookUrl }),
      executionCtx,
    });
    expect(response.status).toBe(202);
    expect(await countComments()).toBe(1);
    webhook.resolve(new Response("ok"));
    await waitOnExecutionContext(executionCtx);
  });

  it("hands waitUntil a promise that settles without rejecting, whatever the webhook does", async () => {
    await insertPost();
    interceptFetch(() => Promise.reject(new TypeError("Network connection lost.")));
    const background: Promise<unknown>[] = [];
    const context = buildSubmitContext(
      testEnv({ COMMENT_WEBHOOK_URL: webhookUrl }),
      new Request(`${siteOrigin}/api/comments`, { method: "POST" }),
      (promise) => background.push(promise),
    );
    const input = newCommentSchema.parse(await validComment());
    await expect(submitComment(openDatabase(), input, context)).resolves.toMatchObject({ status: "pending" });
    expect(background).toHaveLength(1);
    await expect(Promise.all(background)).resolves.toEqual([false]);
  });

  it("sends nothing without COMMENT_WEBHOOK_URL", async () => {
    await insertPost();
    const requests = interceptFetch(async () => new Response("ok"));
    const executionCtx = createExecutionContext();
    await sendComment(await validComment(), { executionCtx });
    await waitOnExecutionContext(executionCtx);
    expect(requests).toEqual([]);
  });
});
