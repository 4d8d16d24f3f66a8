/**
 * A reader's name and text, made inert for the chat that shows the webhook's message: it
 * reads as the reader typed it, and pings, links or formats nothing.
 */

const slackControl: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Slack parses `&`, `<` and `>` as its control characters (`<!channel>`, `<@U123>`,
 * `<http://x|y>`), and documents escaping exactly these three as HTML entities, no others:
 * https://api.slack.com/reference/surfaces/formatting#escaping
 */
export function escapeForSlack(text: string): string {
  return text.replace(/[&<>]/g, (character) => slackControl[character] ?? character);
}

/**
 * Discord's Markdown: a backslash before a punctuation mark shows the mark itself, so no
 * bold, heading, quote, spoiler, code, masked link `[x](y)` or `<@123>` mention survives.
 * `@everyone` and `@here` get a zero-width space after the `@`; the message's
 * `allowed_mentions: { parse: [] }` (see webhook.ts) keeps any mention from pinging as well.
 * https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function escapeForDiscord(text: string): string {
  return text.replace(/[\\*_~`|>#\-[\]()<:]/g, "\\$&").replace(/@/g, "@\u200b");
}

// One pass: the class cannot overlap the scheme before it, so nothing backtracks.
const urlInText = /\bhttps?:\/\/\S+/gi;

/**
 * What of a failed delivery may go to the log: its kind and message, with every URL taken
 * out. The webhook's URL is a secret (Slack's and Discord's carry their token in the path),
 * and fetch errors may quote it; the stack and cause are left out for the same reason.
 */
export function describeDeliveryError(error: unknown, webhookUrl: string): string {
  if (!(error instanceof Error)) return "unknown error";
  const message = error.message.split(webhookUrl).join("[webhook URL]").replace(urlInText, "[URL]");
  return `${error.name}: ${message}`;
}
