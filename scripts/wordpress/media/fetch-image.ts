import { type AcceptedImageType, isAcceptedImageType, mediaTypeOf } from "./image-types.ts";
import { type FailedMedia, failed } from "./media-outcome.ts";
import { reasons } from "./reasons.ts";
import { type SavedBody, saveImageBody } from "./save-image-body.ts";

export interface ImageLimits {
  maxBytes: number;
  /** For the whole download: the request, the redirects and the body. */
  timeoutMs: number;
  fetch: typeof fetch;
}

export function isHttpUrl(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

/** What fetch's "fetch failed" hides: its cause names the real trouble ("getaddrinfo ENOTFOUND …"). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

type Admission = { outcome: "admitted"; type: AcceptedImageType } | FailedMedia;

/** Whether the response's status, address, type and declared length let its body be read. */
function admit(response: Response, requested: URL, maxBytes: number): Admission {
  if (!response.ok) return failed(reasons.httpStatus(response.status));
  // A response made by hand (an injected fetch) has no URL; it was then not redirected.
  const finalUrl = response.url === "" ? requested : new URL(response.url);
  if (!isHttpUrl(finalUrl)) return failed(reasons.redirectedAwayFromHttp);
  const mediaType = mediaTypeOf(response.headers.get("content-type"));
  if (!isAcceptedImageType(mediaType)) {
    return mediaType.startsWith("image/")
      ? failed(reasons.unsupportedImage(mediaType))
      : failed(reasons.notAnImage(mediaType));
  }
  const declaredLength = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declaredLength > maxBytes) return failed(reasons.tooLarge(maxBytes));
  return { outcome: "admitted", type: mediaType };
}

/**
 * Downloads one image into `target`, within the limits. Redirects are followed (fetch allows 20)
 * but must stay on http(s); the type comes from Content-Type and must match the first bytes.
 */
export async function fetchImage(url: URL, target: string, limits: ImageLimits): Promise<SavedBody> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await limits.fetch(url, { signal, redirect: "follow" });
    const admission = admit(response, url, limits.maxBytes);
    if (admission.outcome === "failed") {
      await response.body?.cancel().catch(() => {});
      return admission;
    }
    return await saveImageBody(response.body, target, admission.type, limits.maxBytes);
  } catch (error) {
    if (signal.aborted) return failed(reasons.timedOut(limits.timeoutMs));
    return failed(reasons.connectionFailed(describeError(error)));
  }
}
