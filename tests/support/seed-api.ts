import { readerUserAgent } from "../../scripts/lib/user-agent";

async function sendEvent(baseUrl: string, event: object, ip: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/event`, {
    method: "POST",
    // A browser's User-Agent and a client address: what the collector needs to count a reader.
    headers: { "Content-Type": "application/json", "User-Agent": readerUserAgent, "CF-Connecting-IP": ip },
    body: JSON.stringify(event),
  });
  if (response.status !== 202) throw new Error(`POST /api/event answered ${response.status}: ${await response.text()}`);
}

export interface Reads {
  /** A path on the site, such as /posts/my-post/. */
  path: string;
  views: number;
  /** How many of the views become engaged reads (a minute of reading). */
  engaged: number;
  referrer: string;
}

/** Sends the collector `views` pageviews of `path`, each by another reader, `engaged` of them read for a minute. */
export async function sendReads(baseUrl: string, reads: Reads): Promise<void> {
  const url = new URL(reads.path, baseUrl).href;
  for (let reader = 0; reader < reads.views; reader++) {
    const pageId = `e2e-reads-${reader}-${Date.now()}`;
    const ip = `198.51.100.${reader + 1}`;
    await sendEvent(baseUrl, { type: "pageview", url, referrer: reads.referrer, pageId }, ip);
    if (reader < reads.engaged) {
      await sendEvent(baseUrl, { type: "engagement", url, pageId, engagedMs: 60_000, scrollDepth: 80 }, ip);
    }
  }
}
