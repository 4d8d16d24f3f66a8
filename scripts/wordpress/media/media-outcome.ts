/**
 * What became of one image URL. "present" means the file was already in the folder, from an
 * earlier run, and no request was made; "failed" carries a short reason meant for the author.
 */
export type MediaOutcome =
  | { outcome: "fetched"; file: string; bytes: number }
  | { outcome: "present"; file: string }
  | { outcome: "failed"; reason: string };

export type FailedMedia = Extract<MediaOutcome, { outcome: "failed" }>;

export function failed(reason: string): FailedMedia {
  return { outcome: "failed", reason };
}
