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

export async function notifyWebhook(
  url: string,
  notice: CommentNotice,
  fetcher: typeof fetch = fetch,
): Promise<boolean> {
  const summary = `New comment (${notice.status}) by ${notice.name} on "${notice.postTitle}": ${notice.postUrl}`;
  const excerpt = notice.text.length > 500 ? `${notice.text.slice(0, 500)}…` : notice.text;
  try {
    const response = await fetcher(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        text: `${summary}\n\n${excerpt}`,
        content: `${summary}\n\n${excerpt}`.slice(0, 2000),
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
    console.error("comment webhook failed", error);
    return false;
  }
}
