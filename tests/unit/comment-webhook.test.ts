import { describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { type CommentNotice, notifyWebhook } from "../../functions/comments/webhook";
import { escapeForDiscord, escapeForSlack } from "../../functions/comments/webhook-text";

const url = "https://hooks.example/services/T000/B000/secret-token-in-the-path";

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
      mrkdwn: false,
      unfurl_links: false,
      unfurl_media: false,
      content: `${summary}\n\nGreat post.`,
      allowed_mentions: { parse: [] },
      flags: 4,
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

  it.each([
    { case: "answers 500", answer: async () => new Response("down", { status: 500 }) },
    {
      case: "cannot be reached, with an error that quotes the URL",
      answer: () => Promise.reject(new TypeError(`Fetch API cannot load: ${url}`)),
    },
    {
      case: "fails with an error whose cause quotes the URL",
      answer: () => Promise.reject(new Error("fetch failed", { cause: new Error(`connect ECONNREFUSED ${url}`) })),
    },
    {
      case: "fails with an error that quotes the URL's parts",
      answer: () => Promise.reject(new TypeError(`Invalid URL: ${url.replace("https://", "http://")}?x=1`)),
    },
  ])("never logs the webhook's URL, a secret, when the endpoint $case", async ({ answer }) => {
    const logged = silenceErrors();
    const { fetcher } = fakeFetcher(answer);
    await notifyWebhook(url, notice(), fetcher);
    expect(logged).toHaveBeenCalled();
    const written = JSON.stringify(logged.mock.calls, (_key, value: unknown) =>
      value instanceof Error ? { message: value.message, stack: value.stack, cause: value.cause } : value,
    );
    expect(written).not.toContain("secret-token-in-the-path");
    expect(written).not.toContain("hooks.example");
  });
});

/** The reader's part of the message a chat shows, as it arrives. */
async function deliveredMessages(overrides: Partial<CommentNotice>) {
  const { fetcher, requests } = fakeFetcher(async () => new Response("ok"));
  await notifyWebhook(url, notice(overrides), fetcher);
  return z
    .object({ text: z.string(), content: z.string(), allowed_mentions: z.unknown() })
    .parse(await requests[0]?.json());
}

describe("the reader's text in the chat message", () => {
  it.each([
    { case: "a channel-wide mention", input: "<!channel> read this" },
    { case: "an @here mention", input: "<!here>" },
    { case: "a user mention", input: "hi <@U0123ABC>" },
    { case: "a user group mention", input: "<!subteam^S012>" },
    { case: "a link with other text", input: "<http://evil.example|your bank>" },
    { case: "an entity meant to slip past", input: "&lt;!channel&gt;" },
  ])("Slack: shows $case as typed, with &, < and > escaped", async ({ input }) => {
    const { text } = await deliveredMessages({ text: input, name: input });
    expect(text).not.toMatch(/<[!@#]|<https?:/);
    expect(text).toContain(escapeForSlack(input));
    expect(escapeForSlack(input)).not.toMatch(/[<>]/);
  });

  it("Slack: escapes exactly the three control characters", () => {
    expect(escapeForSlack(`a & b < c > d "e" 'f' *g* _h_`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f' *g* _h_`);
    expect(escapeForSlack("&amp;")).toBe("&amp;amp;");
  });

  it.each([
    { case: "@everyone", input: "@everyone look" },
    { case: "@here", input: "@here" },
    { case: "a user mention", input: "<@123456789012345678>" },
    { case: "a role mention", input: "<@&123456789012345678>" },
    { case: "a masked link", input: "[your bank](https://evil.example)" },
    { case: "bold and italics", input: "**loud** _quiet_ __under__ ~~gone~~" },
    { case: "a spoiler", input: "||hidden||" },
    { case: "a heading and a quote", input: "# Big\n> quoted\n-# small" },
    { case: "a code block", input: "```js\nalert(1)\n```" },
    { case: "a backslash that would escape the escape", input: "\\*not bold\\*" },
  ])("Discord: shows $case as typed, pinging and formatting nothing", async ({ input }) => {
    const { content, allowed_mentions } = await deliveredMessages({ text: input, name: input });
    expect(allowed_mentions).toEqual({ parse: [] });
    expect(content).toContain(escapeForDiscord(input));
    expect(content).not.toMatch(/@(everyone|here)/);
    // Every markup character of the reader's text comes after a backslash that is not itself escaped.
    const escaped = escapeForDiscord(input);
    expect(escaped.replace(/\\[\s\S]/g, "")).not.toMatch(/[*_~`|>#[\]()<\\-]/);
  });

  it("Discord: keeps plain words and sentences readable", () => {
    expect(escapeForDiscord("Great post, thanks! See you.")).toBe("Great post, thanks! See you.");
  });
});
