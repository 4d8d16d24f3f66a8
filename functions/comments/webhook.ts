import { describeDeliveryError, escapeForDiscord, escapeForSlack } from "./webhook-text";

/**
 * Tells the author about a new comment. One JSON body works with Slack-compatible
 * (`text`), Discord-compatible (`content`) and ntfy (`message`, `title`) endpoints.
 * Failures are logged and never affect the comment, which is already stored.
 */
export interface CommentNotice {
  postTitle: string;
  postUrl: string;
  name: string;
  text: string;
  status: string;
}

/** The message in one chat's markup: the reader's name and text (and the title) escaped, the post's URL as is. */
function composeMessage(notice: CommentNotice, excerpt: string, escapeText: (text: string) => string): string {
  const summary = `New comment (${notice.status}) by ${escapeText(notice.name)} on "${escapeText(notice.postTitle)}": ${notice.postUrl}`;
  return `${summary}\n\n${escapeText(excerpt)}`;
}

export async function notifyWebhook(
  url: string,
  notice: CommentNotice,
  fetcher: typeof fetch = fetch,
): Promise<boolean> {
  const excerpt = notice.text.length > 500 ? `${notice.text.slice(0, 500)}…` : notice.text;
  try {
    const response = await fetcher(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        // Slack: no mrkdwn, and no previews fetched from a reader's links.
        text: composeMessage(notice, excerpt, escapeForSlack),
        mrkdwn: false,
        unfurl_links: false,
        unfurl_media: false,
        // Discord: at most 2,000 characters, no mention pings, no link embeds (flag 4, SUPPRESS_EMBEDS).
        content: composeMessage(notice, excerpt, escapeForDiscord).slice(0, 2000),
        allowed_mentions: { parse: [] },
        flags: 4,
        // ntfy, and any endpoint that reads the fields as data: plain text.
        title: `New comment on ${notice.postTitle}`,
        message: excerpt,
        post: notice.postTitle,
        url: notice.postUrl,
        name: notice.name,
        status: notice.status,
      }),
    });
    if (!response.ok) console.error("comment webhook answered", response.status);
    return response.ok;
  } catch (error) {
    console.error("comment webhook failed", describeDeliveryError(error, url));
    return false;
  }
}
