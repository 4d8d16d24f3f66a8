import { describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { type CommentNotice, notifyWebhook } from "../../functions/comments/webhook";

const url = "https://hooks.example/new-comment";

function notice(overrides: Partial<CommentNotice> = {}): CommentNotice {
  return {
    postTitle: "Why pageviews lie",
    postUrl: "https://resonanz.example/posts/why-pageviews-lie/",
    name: "Ada",
    text: "Great post.",
    status: "pending",
    ...overrides,
  };
}

/** A fetch that records what it was sent and answers with `answer`. */
function fakeFetcher(answer: () => Promise<Response>) {
  const requests: Request[] = [];
  const fetcher = (input: string | URL | Request, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  };
  return { fetcher, requests };
}

/** Failures are logged by design; keep them out of the test output but check they were logged. */
function silenceErrors() {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  onTestFinished(() => spy.mockRestore());
  return spy;
}

describe("notifyWebhook", () => {
  it("posts one JSON body that Slack, Discord and ntfy each understand", async () => {
    const { fetcher, requests } = fakeFetcher(async () => new Response("ok"));
    await expect(notifyWebhook(url, notice(), fetcher)).resolves.toBe(true);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(url);
    expect(request?.headers.get("Content-Type")).toBe("application/json");
    const body = await request?.json();
    const summary =
      'New comment (pending) by Ada on "Why pageviews lie": https://resonanz.example/posts/why-pageviews-lie/';
    expect(body).toEqual({
      text: `${summary}\n\nGreat post.`,
      content: `${summary}\n\nGreat post.`,
      title: "New comment on Why pageviews lie",
      message: "Great post.",
      post: "Why pageviews lie",
      url: "https://resonanz.example/posts/why-pageviews-lie/",
      name: "Ada",
      status: "pending",
    });
  });

  it("shortens a long comment to an excerpt and keeps Discord's content within 2000 characters", async () => {
    const { fetcher, requests } = fakeFetcher(async () => new Response("ok"));
    await notifyWebhook(url, notice({ text: "x".repeat(5000) }), fetcher);
    const body = z.object({ content: z.string(), message: z.string() }).parse(await requests[0]?.json());
    expect(body.message).toBe(`${"x".repeat(500)}…`);
    expect(body.content.length).toBeLessThanOrEqual(2000);
  });

  it.each([
    { case: "answers 500", answer: async () => new Response("down", { status: 500 }) },
    { case: "answers 404", answer: async () => new Response("gone", { status: 404 }) },
    { case: "cannot be reached", answer: () => Promise.reject(new TypeError("fetch failed")) },
  ])("resolves false and logs when the endpoint $case", async ({ answer }) => {
    const logged = silenceErrors();
    const { fetcher } = fakeFetcher(answer);
    await expect(notifyWebhook(url, notice(), fetcher)).resolves.toBe(false);
    expect(logged).toHaveBeenCalled();
  });

  it("resolves false when the fetcher throws before returning a promise", async () => {
    silenceErrors();
    const fetcher = () => {
      throw new TypeError("Invalid URL");
    };
    await expect(notifyWebhook("not a url", notice(), fetcher)).resolves.toBe(false);
  });
});
